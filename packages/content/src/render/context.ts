import type GithubSlugger from "github-slugger";
import type { RenderDiagnostic } from "./diagnostics";
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

/** Record a diagnostic at a node's line (or line 1 when the node has no position). */
export function report(
  ctx: RenderContext,
  node: { position?: { start: { line: number } } | undefined },
  message: string,
): void {
  ctx.diagnostics.push({ line: node.position?.start.line ?? 1, message });
}
