import type { ElementContent } from "hast";
import { figureAttributesSchema } from "../../model/blocks";
import { report, type RenderContext } from "../context";
import { h } from "./hast";
import type { LeafDirective } from "./directive-types";

/**
 * `::figure{src alt caption width height}` becomes `<figure><img><figcaption>` (the size only when
 * both are valid, so the page reserves the image's space). The image's src is resolved and
 * its alt text checked with every other image (see rehype-links-and-media), so it is not reported twice here.
 */
export function transformFigure(node: LeafDirective, ctx: RenderContext): void {
  const attributes = Object.fromEntries(
    Object.entries(node.attributes ?? {}).filter(
      (entry): entry is [string, string] => typeof entry[1] === "string",
    ),
  );
  const parsed = figureAttributesSchema.safeParse(attributes);
  if (!parsed.success) {
    for (const issue of parsed.error.issues) {
      if (issue.path[0] === "alt") continue;
      report(
        ctx,
        node,
        `figure: ${issue.path.length > 0 ? `${issue.path.join(".")}: ` : ""}${issue.message}`,
      );
    }
  }
  const { width, height } = figureAttributesSchema.shape;
  const size =
    width.safeParse(attributes.width).data && height.safeParse(attributes.height).data
      ? { width: attributes.width, height: attributes.height }
      : {};
  const img = h("img", {
    src: attributes.src ?? "",
    alt: attributes.alt?.trim() ?? "",
    loading: "lazy",
    ...size,
  });
  if (node.position) img.position = node.position;
  const children: ElementContent[] = [img];
  const caption = attributes.caption?.trim();
  if (caption) children.push(h("figcaption", {}, [caption]));
  node.data = { hName: "figure", hProperties: {}, hChildren: children };
}
