import type GithubSlugger from "github-slugger";
import { lineSpan, type RenderDiagnostic } from "./diagnostics";
import type { MediaContext } from "./url-policy";

/** A table-of-contents entry: an h2 or h3 of the lesson body. */
export interface TocEntry {
  depth: 2 | 3;
  text: string;
  anchor: string;
}

/** Mutable state shared by the plugins of one render; created fresh for every call. */
export interface RenderContext {
  source: string;
  media: MediaContext;
  slugger: GithubSlugger;
  diagnostics: RenderDiagnostic[];
  toc: TocEntry[];
  anchors: string[];
}

interface Point {
  line: number;
  offset?: number | undefined;
}

/** Record a diagnostic over a node's source span (or line 1 when the node has no position). */
export function report(
  ctx: RenderContext,
  node: { position?: { start: Point; end: Point } | undefined },
  message: string,
): void {
  const { start, end } = node.position ?? { start: { line: 1 }, end: { line: 1 } };
  if (start.offset !== undefined && end.offset !== undefined)
    ctx.diagnostics.push({ line: start.line, from: start.offset, to: end.offset, message });
  else reportAtLine(ctx, start.line, message);
}

/** Record a diagnostic over a whole line of the body (for problems found inside a block's YAML). */
export function reportAtLine(ctx: RenderContext, line: number, message: string): void {
  ctx.diagnostics.push({ line, ...lineSpan(ctx.source, line), message });
}
