import GithubSlugger from "github-slugger";
import type { Element, ElementContent, Root } from "hast";
import { toJsxRuntime } from "hast-util-to-jsx-runtime";
import type { ReactElement } from "react";
import { Fragment, jsx, jsxs } from "react/jsx-runtime";
import rehypeSanitize from "rehype-sanitize";
import remarkGfm from "remark-gfm";
import remarkParse from "remark-parse";
import remarkRehype from "remark-rehype";
import { unified } from "unified";
import type { RenderContext } from "./context";
import { rehypeLinksAndMedia } from "./rehype-links-and-media";
import { lessonSanitizeSchema } from "./sanitize-schema";

/** The phrasing elements a question prompt, option or feedback may hold. */
const INLINE_TAGS = ["a", "em", "strong", "code", "del", "br", "sup", "sub"];

/** The lesson schema (same URL and attribute rules), narrowed to inline elements. */
const inlineSchema = {
  ...lessonSanitizeSchema,
  tagNames: (lessonSanitizeSchema.tagNames ?? []).filter((tag) => INLINE_TAGS.includes(tag)),
  clobber: [],
};

/** True when the text could contain Markdown at all; plain text skips the pipeline. */
const MARKDOWN_SIGNS = /[*_`[\]<>&~\\!]|\n/u;

/**
 * Inline Markdown for quiz texts (prompts, options, feedback, explanations): emphasis, strong,
 * code, strike-through and links, through the lesson renderer's parser, link policy and
 * sanitiser. Block syntax (headings, lists, images, raw HTML) does not survive: the paragraphs'
 * contents are joined with line breaks and every element outside the inline list is dropped.
 */
export function renderInlineTree(text: string): Root {
  if (!MARKDOWN_SIGNS.test(text))
    return { type: "root", children: [{ type: "text", value: text }] };
  const ctx: RenderContext = {
    source: text,
    media: { courseSlug: "inline", mediaBaseUrl: "/media" },
    slugger: new GithubSlugger(),
    diagnostics: [],
    toc: [],
    anchors: [],
  };
  const processor = unified()
    .use(remarkParse)
    .use(remarkGfm)
    .use(remarkRehype, { allowDangerousHtml: false })
    .use(rehypeLinksAndMedia, ctx)
    .use(rehypeSanitize, inlineSchema);
  const tree = processor.runSync(processor.parse(text));
  // The sanitiser unwraps <p> (not in the list) into its children; put a break where
  // paragraphs met so two lines stay two lines.
  const children: ElementContent[] = [];
  for (const node of tree.children) {
    if (node.type === "doctype" || node.type === "comment") continue;
    const isGap = node.type === "text" && /^\s*$/u.test(node.value) && node.value.includes("\n");
    if (!isGap) {
      children.push(node);
      continue;
    }
    const last = children.at(-1);
    if (last && !(last.type === "element" && last.tagName === "br")) children.push(lineBreak());
  }
  const last = children.at(-1);
  if (last?.type === "element" && last.tagName === "br") children.pop();
  return { type: "root", children };
}

function lineBreak(): Element {
  return { type: "element", tagName: "br", properties: {}, children: [] };
}

/** `renderInlineTree` as React elements (no innerHTML involved). */
export function renderInlineToReact(text: string): ReactElement {
  return toJsxRuntime(renderInlineTree(text), {
    Fragment,
    jsx,
    jsxs,
    passKeys: true,
    passNode: false,
  }) as ReactElement;
}
