import type { Paragraph } from "mdast";
import { report, type RenderContext } from "../context";
import type { ContainerDirective } from "./directive-types";

/** `:::keypoints` (a bulleted list) becomes `<div class="keypoints" role="note">` with a "Key points" label. */
export function transformKeypoints(node: ContainerDirective, ctx: RenderContext): void {
  if (Object.keys(node.attributes ?? {}).length > 0)
    report(ctx, node, "keypoints takes no attributes");
  if (!node.children.some((child) => child.type === "list"))
    report(ctx, node, "keypoints should contain a bulleted list");
  const label: Paragraph = {
    type: "paragraph",
    data: { hProperties: { className: ["block-label"] } },
    children: [{ type: "strong", children: [{ type: "text", value: "Key points" }] }],
  };
  node.children = [
    label,
    ...node.children.filter((child) => !(child.type === "paragraph" && child.data?.directiveLabel)),
  ];
  node.data = { hName: "div", hProperties: { className: ["keypoints"], role: "note" } };
}
