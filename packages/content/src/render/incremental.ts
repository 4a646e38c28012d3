import type { Root as MdastRoot, RootContent } from "mdast";
import {
  parseLessonMarkdown,
  transformLessonTree,
  type RenderedLessonTree,
  type RenderOptions,
} from "./pipeline";

/*
 * The live preview renders the whole lesson on every keystroke, and parsing is most of that
 * (about 80 % for the longest built-in lesson). Between two keystrokes only one section
 * changes, so this renderer parses a lesson in sections — split before every top-level `#`
 * heading that follows a blank line, outside fenced code and outside `:::` blocks — keeps each
 * section's parse, and re-parses only the sections whose text changed. The parsed sections are
 * joined (positions moved to where each section starts) and rendered exactly as
 * `renderLessonTree` renders the whole text: same plugins, same context, same sanitiser, so the
 * result is the same tree, contents, anchors and diagnostics (incremental.test.ts checks every
 * built-in lesson, and edits of it, against `renderLessonTree`). Text whose parse can depend on
 * something in another section (link reference definitions, footnotes) is parsed whole.
 */

/** Starts a section: an ATX heading at the start of a line. */
const HEADING = /^#{1,6}(?:[ \t]|$)/;
/** A code fence line (``` or ~~~, up to three spaces in). */
const FENCE = /^ {0,3}(`{3,}|~{3,})/;
/** A container directive's opening (`:::exercise`, `::::callout{…}`) or closing (`:::`) line. */
const DIRECTIVE_OPEN = /^ {0,3}:{3,}[A-Za-z]/;
const DIRECTIVE_CLOSE = /^ {0,3}:{3,}\s*$/;
/** Anything parsed against the whole document: reference definitions and footnotes. */
const NEEDS_WHOLE_DOCUMENT = /^ {0,3}\[[^\]]*\]:|\[\^/m;

interface Section {
  text: string;
  /** Offset of the section's first character, and its first line (1-based), in the lesson. */
  offset: number;
  line: number;
}

/** The lesson's sections (at least one), in order; their texts joined are the lesson. */
export function lessonSections(markdown: string): Section[] {
  const lines = markdown.split("\n");
  const sections: Section[] = [];
  let start = { offset: 0, line: 1 };
  let offset = 0;
  let fence: string | null = null;
  let depth = 0;
  let previousBlank = false;
  for (const [index, line] of lines.entries()) {
    if (
      index > 0 &&
      fence === null &&
      depth === 0 &&
      previousBlank &&
      HEADING.test(line) &&
      offset > start.offset
    ) {
      sections.push({ text: markdown.slice(start.offset, offset), ...start });
      start = { offset, line: index + 1 };
    }
    const marker = FENCE.exec(line)?.[1];
    if (fence !== null) {
      if (
        marker !== undefined &&
        marker.startsWith(fence.charAt(0)) &&
        marker.length >= fence.length
      )
        fence = null;
    } else if (marker !== undefined) {
      fence = marker;
    } else if (DIRECTIVE_OPEN.test(line)) {
      depth += 1;
    } else if (DIRECTIVE_CLOSE.test(line) && depth > 0) {
      depth -= 1;
    }
    previousBlank = line.trim() === "";
    offset += line.length + 1;
  }
  sections.push({ text: markdown.slice(start.offset), ...start });
  return sections;
}

type Positioned = { position?: { start: Point; end: Point }; children?: Positioned[] };
interface Point {
  line: number;
  column: number;
  offset?: number;
}

/** Moves every position in a (copied) section tree to where the section starts in the lesson. */
function shift(node: Positioned, lines: number, offset: number): void {
  if (node.position) {
    for (const point of [node.position.start, node.position.end]) {
      point.line += lines;
      if (point.offset !== undefined) point.offset += offset;
    }
  }
  for (const child of node.children ?? []) shift(child, lines, offset);
}

/**
 * A renderer for one editor: `render(markdown, options)` gives what
 * `renderLessonTree(markdown, options)` gives, re-parsing only the sections that changed since
 * its previous call (it keeps the previous call's sections only).
 */
export function createIncrementalLessonRenderer(): (
  markdown: string,
  options: RenderOptions,
) => RenderedLessonTree {
  let kept = new Map<string, MdastRoot>();
  return (markdown, options) => {
    if (NEEDS_WHOLE_DOCUMENT.test(markdown)) {
      kept = new Map();
      return transformLessonTree(parseLessonMarkdown(markdown), markdown, options);
    }
    const next = new Map<string, MdastRoot>();
    const children: RootContent[] = [];
    for (const section of lessonSections(markdown)) {
      const parsed =
        kept.get(section.text) ?? next.get(section.text) ?? parseLessonMarkdown(section.text);
      next.set(section.text, parsed);
      // The render changes its tree: it gets a copy, positioned in the whole lesson.
      const copy = structuredClone(parsed);
      shift(copy, section.line - 1, section.offset);
      children.push(...copy.children);
    }
    kept = next;
    const lines = markdown.split("\n");
    const root: MdastRoot = {
      type: "root",
      children,
      position: {
        start: { line: 1, column: 1, offset: 0 },
        end: {
          line: lines.length,
          column: (lines.at(-1)?.length ?? 0) + 1,
          offset: markdown.length,
        },
      },
    };
    return transformLessonTree(root, markdown, options);
  };
}
