import type { Element, ElementContent, Properties, Text } from "hast";

/** Build a hast element; children that are strings become text nodes. */
export function h(
  tagName: string,
  properties: Properties,
  children: (ElementContent | string)[] = [],
): Element {
  return {
    type: "element",
    tagName,
    properties,
    children: children.map((child) => (typeof child === "string" ? text(child) : child)),
  };
}

/** Build a hast text node (always escaped on output). */
export function text(value: string): Text {
  return { type: "text", value };
}
