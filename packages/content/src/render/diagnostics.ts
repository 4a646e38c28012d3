/**
 * A problem found while rendering a lesson body: `line` is 1-based within the Markdown body,
 * `from`/`to` are character offsets into it (the span an editor underlines).
 */
export interface RenderDiagnostic {
  line: number;
  from: number;
  to: number;
  message: string;
}

/** The offsets of a 1-based line of `source` (without its line break); the end of `source` past its last line. */
export function lineSpan(source: string, line: number): { from: number; to: number } {
  let from = 0;
  for (let current = 1; current < line; current += 1) {
    const next = source.indexOf("\n", from);
    if (next === -1) return { from: source.length, to: source.length };
    from = next + 1;
  }
  const end = source.indexOf("\n", from);
  return { from, to: end === -1 ? source.length : end };
}
