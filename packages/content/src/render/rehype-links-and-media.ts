import type { Element, Root, RootContent } from "hast";
import { report, type RenderContext } from "./context";
import { classifyHref, resolveMediaSrc } from "./url-policy";

function describe(url: string): string {
  const shown = url.length > 60 ? `${url.slice(0, 57)}...` : url;
  return JSON.stringify(shown);
}

function checkLink(node: Element, ctx: RenderContext): void {
  const href = node.properties.href;
  if (typeof href !== "string") return;
  const verdict = classifyHref(href);
  if (verdict.kind === "blocked") {
    delete node.properties.href;
    report(
      ctx,
      node,
      `link to ${describe(href)} removed: only http(s), mailto, relative links and #anchors are allowed`,
    );
  } else if (verdict.kind === "external") {
    node.properties.href = verdict.href;
    node.properties.rel = ["noopener", "noreferrer"];
  }
}

/** Returns false when the image must be dropped. */
function checkImage(node: Element, ctx: RenderContext): boolean {
  const alt = node.properties.alt;
  if (typeof alt !== "string" || alt.trim() === "")
    report(ctx, node, "image needs alt text that describes it");
  const src = typeof node.properties.src === "string" ? node.properties.src : "";
  const resolved = resolveMediaSrc(src, ctx.media);
  if (resolved === undefined) {
    if (src.trim() !== "") {
      report(
        ctx,
        node,
        `image ${describe(src)} removed: use images/<file> from the course's images folder or an https:// address`,
      );
    }
    return false;
  }
  node.properties.src = resolved;
  return true;
}

function walk(children: RootContent[], ctx: RenderContext): RootContent[] {
  return children.filter((child) => {
    if (child.type !== "element") return true;
    if (child.tagName === "img" && !checkImage(child, ctx)) return false;
    if (child.tagName === "a") checkLink(child, ctx);
    child.children = walk(child.children, ctx) as Element["children"];
    return true;
  });
}

/**
 * Apply the URL rules to every link and image (including reference links and figures):
 * external links get rel="noopener noreferrer", course images are rewritten to the media URL.
 */
export function rehypeLinksAndMedia(ctx: RenderContext) {
  return (tree: Root): void => {
    tree.children = walk(tree.children, ctx);
  };
}
