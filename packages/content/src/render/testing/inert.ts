import type { Element, Root, RootContent } from "hast";

const forbiddenTags = new Set([
  "script",
  "iframe",
  "object",
  "embed",
  "style",
  "meta",
  "base",
  "form",
  "svg",
  "math",
  "link",
  "frame",
  "frameset",
  "applet",
  "noscript",
  "template",
  "textarea",
  "button",
  "select",
  "xss",
]);
const dangerousUrl = /^(?:javascript|data|vbscript|file):/i;

function compact(url: string): string {
  let kept = "";
  for (const char of url) {
    const code = char.charCodeAt(0);
    if (code > 0x20 && code !== 0x7f) kept += char;
  }
  return kept;
}

/** Every way rendered output could run script, found in the tree; empty when inert. */
export function activeContentInTree(tree: Root | Element): string[] {
  const found: string[] = [];
  const visit = (nodes: RootContent[]): void => {
    for (const node of nodes) {
      if (node.type === "raw") found.push(`raw node ${node.value}`);
      if (node.type !== "element") continue;
      if (forbiddenTags.has(node.tagName)) found.push(`<${node.tagName}>`);
      for (const [name, value] of Object.entries(node.properties)) {
        if (/^on/i.test(name)) found.push(`${node.tagName}.${name}`);
        if (name === "style" || name === "srcDoc" || name === "formAction" || name === "action")
          found.push(`${node.tagName}.${name}`);
        if (
          (name === "href" || name === "src" || name === "cite" || name === "srcSet") &&
          dangerousUrl.test(compact(String(value)))
        ) {
          found.push(`${node.tagName}.${name}=${String(value)}`);
        }
      }
      visit(node.children);
    }
  };
  visit(tree.children);
  return found;
}

/** The same checks on serialised HTML (rehype-stringify double-quotes every attribute value). */
export function activeContentInHtml(html: string): string[] {
  const found: string[] = [];
  if (/<script/i.test(html)) found.push("<script");
  const tags = html.match(/<[a-z][^>]*>/gi) ?? [];
  for (const tag of tags) {
    const withoutValues = tag.replace(/"[^"]*"/g, '""');
    if (/\son\w+\s*=/i.test(withoutValues)) found.push(`handler in ${tag}`);
    if (/\sstyle\s*=/i.test(withoutValues)) found.push(`style in ${tag}`);
    const name = /^<([a-z0-9]+)/i.exec(tag)?.[1]?.toLowerCase() ?? "";
    if (forbiddenTags.has(name)) found.push(`<${name}>`);
    for (const match of tag.matchAll(/\s(?:href|src)="([^"]*)"/gi)) {
      const value = (match[1] ?? "").replace(/&#x([0-9a-f]+);/gi, (_, hex: string) =>
        String.fromCharCode(parseInt(hex, 16)),
      );
      if (dangerousUrl.test(compact(value))) found.push(`url in ${tag}`);
    }
  }
  return found;
}
