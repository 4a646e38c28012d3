import type { Element, Root, RootContent } from "hast";

/** A run of prose from one block (paragraph, list item, table cell, exercise field...). */
export interface ProseSegment {
  text: string;
  /** 1-based line in the Markdown body of the block it came from. */
  line: number;
}

const blocks = new Set([
  "p",
  "li",
  "dd",
  "figcaption",
  "td",
  "th",
  "blockquote",
  "div",
  "section",
  "ul",
  "ol",
  "dl",
  "figure",
  "table",
  "thead",
  "tbody",
  "tr",
]);
// Not prose: code, headings and the labels the renderer adds ("Starting position", "Key points").
const skipped = new Set([
  "pre",
  "code",
  "h1",
  "h2",
  "h3",
  "h4",
  "h5",
  "h6",
  "dt",
  "sup",
  "script",
  "style",
]);
const labelClasses = new Set(["block-label", "callout-title"]);

function isSkipped(node: Element): boolean {
  if (skipped.has(node.tagName)) return true;
  const className = node.properties.className;
  return Array.isArray(className) && className.some((name) => labelClasses.has(name));
}

/** The prose of a rendered lesson, one segment per block, for readability and copy checks. */
export function proseSegments(tree: Root): ProseSegment[] {
  const segments: ProseSegment[] = [];
  let buffer = "";
  let bufferLine = 1;
  const flush = (): void => {
    const text = buffer.replace(/\s+/g, " ").trim();
    if (text !== "") segments.push({ text, line: bufferLine });
    buffer = "";
  };
  const visit = (nodes: RootContent[], line: number): void => {
    for (const node of nodes) {
      if (node.type === "text") {
        if (buffer === "") bufferLine = line;
        buffer += node.value;
      } else if (node.type === "element" && !isSkipped(node)) {
        const here = node.position?.start.line ?? line;
        if (blocks.has(node.tagName)) {
          flush();
          visit(node.children, here);
          flush();
        } else {
          visit(node.children, here);
        }
      }
    }
  };
  visit(tree.children, 1);
  flush();
  return segments;
}

/** Every visible word of the rendered lesson except code, for reading time. */
export function visibleText(tree: Root | Element): string {
  return tree.children
    .map((node) => {
      if (node.type === "text") return node.value;
      if (node.type === "element" && node.tagName !== "pre") return ` ${visibleText(node)} `;
      return "";
    })
    .join("");
}
