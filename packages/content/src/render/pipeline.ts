import GithubSlugger from "github-slugger";
import type { Root } from "hast";
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

/**
 * Render a lesson body (Markdown with Soleus blocks) to sanitised hast and HTML. Pure and
 * browser-safe: used by the learner site and the admin preview alike. Raw HTML is dropped,
 * nothing is evaluated, and the sanitiser runs last so every element it returns passed its schema.
 */
export function renderLesson(markdown: string, options: RenderOptions): RenderedLesson {
  const ctx: RenderContext = {
    source: markdown,
    media: { courseSlug: options.courseSlug, mediaBaseUrl: options.mediaBaseUrl ?? "/media" },
    slugger: new GithubSlugger(),
    diagnostics: [],
    toc: [],
    anchors: [],
  };
  const processor = unified()
    .use(remarkParse)
    .use(remarkGfm)
    .use(remarkDirective)
    .use(remarkSoleusBlocks, ctx)
    .use(remarkRehype, { allowDangerousHtml: false })
    .use(rehypeLinksAndMedia, ctx)
    .use(rehypeSanitize, lessonSanitizeSchema);
  const tree = processor.runSync(processor.parse(markdown));
  const html = unified().use(rehypeStringify).stringify(tree);
  const prose = proseSegments(tree);
  return {
    tree,
    html,
    toc: ctx.toc,
    anchors: ctx.anchors,
    readingMinutes: readingMinutes(visibleText(tree)),
    readingGrade: readingGrade(prose.map((segment) => segment.text)),
    prose,
    diagnostics: [...ctx.diagnostics].sort((a, b) => a.line - b.line || a.from - b.from),
  };
}
