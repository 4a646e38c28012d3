import type { Heading, Nodes } from "mdast";
import { report, type RenderContext } from "./context";

/** Visible text of an mdast node (images contribute nothing, as in the rendered heading). */
export function mdastText(node: Nodes): string {
  if (node.type === "text" || node.type === "inlineCode") return node.value;
  if ("children" in node) return node.children.map((child) => mdastText(child as Nodes)).join("");
  return "";
}

/**
 * Give a heading its stable anchor: the GitHub slug of its text, made unique within the lesson
 * ("-1", "-2" for repeats). h2 and h3 go into the table of contents.
 */
export function anchorHeading(node: Heading, ctx: RenderContext): void {
  const text = mdastText(node).trim();
  if (node.depth === 1)
    report(ctx, node, "use ## for sections: the lesson title is the page's only top-level heading");
  if (text === "") report(ctx, node, "heading has no text");
  const anchor = ctx.slugger.slug(text === "" ? "section" : text);
  node.data = { ...node.data, hProperties: { ...node.data?.hProperties, id: anchor } };
  ctx.anchors.push(anchor);
  if (node.depth === 2 || node.depth === 3) ctx.toc.push({ depth: node.depth, text, anchor });
}
