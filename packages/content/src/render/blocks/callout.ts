import type { Paragraph } from "mdast";
import { calloutAttributesSchema, calloutKindSchema, type CalloutKind } from "../../model/blocks";
import { report, type RenderContext } from "../context";
import { directiveAttributes, type ContainerDirective } from "./directive-types";

/** A trimmed title that is blank counts as no title. */
function nonEmpty(text: string | undefined): string | undefined {
  return text === "" ? undefined : text;
}

const defaultTitles: Record<CalloutKind, string> = {
  info: "Good to know",
  tip: "Tip",
  safety: "Safety first",
};

/** `:::callout{kind title}` becomes `<div class="callout" data-callout=kind role="note">` with a title line. */
export function transformCallout(node: ContainerDirective, ctx: RenderContext): void {
  const attributes = directiveAttributes(node);
  const parsed = calloutAttributesSchema.safeParse(attributes);
  if (!parsed.success) {
    for (const issue of parsed.error.issues) {
      report(
        ctx,
        node,
        `callout: ${issue.path.length > 0 ? `${issue.path.join(".")}: ` : ""}${issue.message} (kind is one of info, tip, safety)`,
      );
    }
  }
  // Still render something sensible for the preview: a bad kind falls back to info.
  const kind = calloutKindSchema.catch("info").parse(attributes.kind);
  const title: Paragraph = {
    type: "paragraph",
    data: { hProperties: { className: ["callout-title"] } },
    children: [
      {
        type: "strong",
        children: [
          { type: "text", value: nonEmpty(attributes.title?.trim()) ?? defaultTitles[kind] },
        ],
      },
    ],
  };
  node.children = [
    title,
    ...node.children.filter((child) => !(child.type === "paragraph" && child.data?.directiveLabel)),
  ];
  node.data = {
    hName: "div",
    hProperties: { className: ["callout", `callout-${kind}`], dataCallout: kind, role: "note" },
  };
}
