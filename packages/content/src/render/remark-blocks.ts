import type { Parent, Root, RootContent } from "mdast";
import { report, type RenderContext } from "./context";
import { transformCallout } from "./blocks/callout";
import { transformExercise } from "./blocks/exercise";
import { transformFigure } from "./blocks/figure";
import { transformKeypoints } from "./blocks/keypoints";
import { transformSeekCare } from "./blocks/seek-care";
import { anchorHeading } from "./toc";

const usage = "blocks are :::callout, :::keypoints, ::figure, ::seek-care and ```exercise";

/**
 * No inline directives exist, so `:word` in prose ("ratio 2:1", "Note:this") is put back
 * exactly as written instead of disappearing.
 */
function restoreTextDirectives(parent: Parent, source: string): void {
  parent.children = parent.children.map((child) => {
    if (child.type === "textDirective") {
      const start = child.position?.start.offset;
      const end = child.position?.end.offset;
      const value =
        start !== undefined && end !== undefined ? source.slice(start, end) : `:${child.name}`;
      return { type: "text", value, position: child.position };
    }
    if ("children" in child) restoreTextDirectives(child, source);
    return child;
  });
}

/** Transform one node; returns the nodes that replace it (in document order, so anchors are stable). */
function transformNode(node: RootContent, ctx: RenderContext): RootContent[] {
  switch (node.type) {
    case "html":
      // Raw HTML never renders; comments are a normal authoring note, anything else is worth a warning.
      if (!/^<!--[\s\S]*-->$/.test(node.value.trim()))
        report(
          ctx,
          node,
          "raw HTML is not allowed in lessons and was left out; use Markdown or a named block",
        );
      return [];
    case "heading":
      anchorHeading(node, ctx);
      transformChildren(node, ctx);
      return [node];
    case "code":
      return node.lang?.trim().toLowerCase() === "exercise"
        ? [transformExercise(node, ctx)]
        : [node];
    case "containerDirective":
      if (node.name === "callout") transformCallout(node, ctx);
      else if (node.name === "keypoints") transformKeypoints(node, ctx);
      else {
        report(
          ctx,
          node,
          `unknown block ":::${node.name}" (${usage}); its content is shown as plain text`,
        );
        transformChildren(node, ctx);
        return node.children.filter(
          (child) => !(child.type === "paragraph" && child.data?.directiveLabel),
        );
      }
      transformChildren(node, ctx);
      return [node];
    case "leafDirective":
      if (node.name === "figure") {
        transformFigure(node, ctx);
        return [node];
      }
      if (node.name === "seek-care") {
        transformSeekCare(node, ctx);
        return [node];
      }
      report(ctx, node, `unknown block "::${node.name}" (${usage}); it was left out`);
      return [];
    default:
      if ("children" in node) transformChildren(node, ctx);
      return [node];
  }
}

function transformChildren(parent: Parent, ctx: RenderContext): void {
  parent.children = parent.children.flatMap<Parent["children"][number]>((child) =>
    transformNode(child, ctx),
  );
}

/** The remark plugin for Soleus's named blocks and heading anchors. */
export function remarkSoleusBlocks(ctx: RenderContext) {
  return (tree: Root): void => {
    restoreTextDirectives(tree, ctx.source);
    transformChildren(tree, ctx);
  };
}
