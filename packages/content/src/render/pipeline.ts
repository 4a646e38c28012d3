import GithubSlugger from "github-slugger";
import type { Root } from "hast";
import type { Root as MdastRoot } from "mdast";
import rehypeSanitize from "rehype-sanitize";
import rehypeStringify from "rehype-stringify";
import remarkDirective from "remark-directive";
import remarkGfm from "remark-gfm";
import remarkParse from "remark-parse";
import remarkRehype from "remark-rehype";
import { unified } from "unified";
import { readingGrade, type ReadingGrade } from "../reading-grade";
import type { RenderContext, TocEntry } from "./context";
import type { RenderDiagnostic } from "./diagnostics";
import { proseSegments, visibleText, type ProseSegment } from "./prose";
import { readingMinutes } from "./reading-time";
import { rehypeLinksAndMedia } from "./rehype-links-and-media";
import { remarkSoleusBlocks } from "./remark-blocks";
import { lessonSanitizeSchema } from "./sanitize-schema";

export interface RenderOptions {
  /** The course the lesson belongs to; course images resolve to `${mediaBaseUrl}/${courseSlug}/images/...`. */
  courseSlug: string;
  /** Where course media is served from (default "/media"). */
  mediaBaseUrl?: string;
}

export interface RenderedLesson {
  /** Sanitised hast: feed it to `toHtml`-style output or `lessonToReact`. */
  tree: Root;
  /** Sanitised HTML. */
  html: string;
  /** h2/h3 headings with their anchors, in order. */
  toc: TocEntry[];
  /** Every anchor a link or quiz question may target: all headings and exercise ids. */
  anchors: string[];
  /** Estimated reading time in whole minutes (see WORDS_PER_MINUTE). */
  readingMinutes: number;
  readingGrade: ReadingGrade;
  prose: ProseSegment[];
  /** Problems in the source (unknown blocks, missing alt text, refused URLs...), with body lines. */
  diagnostics: RenderDiagnostic[];
}

/** The sanitised tree and what the plugins found on the way: `renderLesson` without the derived HTML and reading statistics. */
export type RenderedLessonTree = Pick<RenderedLesson, "tree" | "toc" | "anchors" | "diagnostics">;

/**
 * The renderer itself: Markdown with Soleus blocks to sanitised hast. Raw HTML is dropped,
 * nothing is evaluated, and the sanitiser runs last so every element it returns passed its
 * schema. `renderLesson` adds HTML and reading statistics; the admin preview, which renders
 * on every keystroke, needs only this.
 */
export function renderLessonTree(markdown: string, options: RenderOptions): RenderedLessonTree {
  return transformLessonTree(parseLessonMarkdown(markdown), markdown, options);
}

/** The parser alone (Markdown, GFM, directives), made once: parsing needs no render context. */
const parser = unified().use(remarkParse).use(remarkGfm).use(remarkDirective).freeze();

/** Markdown with Soleus blocks to mdast (nothing rendered yet): the first half of `renderLessonTree`. */
export function parseLessonMarkdown(markdown: string): MdastRoot {
  return parser.parse(markdown);
}

/**
 * The second half of `renderLessonTree`: the Soleus blocks, mdast to hast, links and media, and
 * the sanitiser, on a tree parsed from `markdown` (which it changes).
 */
export function transformLessonTree(
  parsed: MdastRoot,
  markdown: string,
  options: RenderOptions,
): RenderedLessonTree {
  const ctx: RenderContext = {
    source: markdown,
    media: { courseSlug: options.courseSlug, mediaBaseUrl: options.mediaBaseUrl ?? "/media" },
    slugger: new GithubSlugger(),
    diagnostics: [],
    toc: [],
    anchors: [],
  };
  const processor = unified()
    .use(remarkSoleusBlocks, ctx)
    .use(remarkRehype, { allowDangerousHtml: false })
    .use(rehypeLinksAndMedia, ctx)
    .use(rehypeSanitize, lessonSanitizeSchema);
  const tree = processor.runSync(parsed);
  return {
    tree,
    toc: ctx.toc,
    anchors: ctx.anchors,
    diagnostics: [...ctx.diagnostics].sort((x, y) => x.line - y.line || x.from - y.from),
  };
}

/**
 * Render a lesson body (Markdown with Soleus blocks) to sanitised hast and HTML, with its
 * reading time and grade. Pure and browser-safe: used by the learner site, `content:check` and
 * the admin editor's diagnostics alike (the tree comes from `renderLessonTree`).
 */
export function renderLesson(markdown: string, options: RenderOptions): RenderedLesson {
  const { tree, toc, anchors, diagnostics } = renderLessonTree(markdown, options);
  const html = unified().use(rehypeStringify).stringify(tree);
  const prose = proseSegments(tree);
  return {
    tree,
    html,
    toc,
    anchors,
    readingMinutes: readingMinutes(visibleText(tree)),
    readingGrade: readingGrade(prose.map((segment) => segment.text)),
    prose,
    diagnostics,
  };
}
