import type { Nodes } from "mdast";
// remark-directive's types add the directive nodes to mdast's content maps.
import type {} from "remark-directive";

export type ContainerDirective = Extract<Nodes, { type: "containerDirective" }>;
export type LeafDirective = Extract<Nodes, { type: "leafDirective" }>;
export type TextDirective = Extract<Nodes, { type: "textDirective" }>;

/** Directive attributes without the null/undefined entries micromark may produce. */
export function directiveAttributes(
  node: ContainerDirective | LeafDirective,
): Record<string, string> {
  const result: Record<string, string> = {};
  for (const [key, value] of Object.entries(node.attributes ?? {})) {
    if (typeof value === "string") result[key] = value;
  }
  return result;
}
