import { diffArrays } from "diff";

/** One side's change to the common base: base lines [start, end) become `lines`. */
interface Change {
  start: number;
  end: number;
  lines: string[];
}

/** A stretch of the merged text: agreed by both, or both sides changed it differently. */
export type MergeChunk =
  | { kind: "resolved"; lines: string[] }
  | { kind: "conflict"; mine: string[]; theirs: string[]; base: string[] };

export interface MergeResult {
  chunks: MergeChunk[];
  /** The merged text; each conflict holds both versions (mine first), so nothing is lost. */
  text: string;
  conflicts: number;
}

const toLines = (text: string) => text.split("\n");

function changesFrom(base: string[], edited: string[]): Change[] {
  const changes: Change[] = [];
  let position = 0;
  let open: Change | undefined;
  for (const part of diffArrays(base, edited)) {
    if (!part.added && !part.removed) {
      if (open) changes.push(open);
      open = undefined;
      position += part.count;
      continue;
    }
    open ??= { start: position, end: position, lines: [] };
    if (part.removed) {
      position += part.count;
      open.end = position;
    } else {
      open.lines.push(...part.value);
    }
  }
  if (open) changes.push(open);
  return changes;
}

/** The base lines [start, end) with one side's changes inside that range applied. */
function applyWithin(base: string[], start: number, end: number, changes: Change[]): string[] {
  const out: string[] = [];
  let position = start;
  for (const change of changes) {
    out.push(...base.slice(position, change.start), ...change.lines);
    position = change.end;
  }
  out.push(...base.slice(position, end));
  return out;
}

const sameLines = (a: string[], b: string[]) =>
  a.length === b.length && a.every((line, i) => line === b[i]);

/**
 * Three-way merge by lines (diff3): changes made by only one side are taken; where both sides
 * changed the same lines differently, the chunk is a conflict that keeps both versions.
 */
export function mergeThreeWay(baseText: string, mineText: string, theirsText: string): MergeResult {
  const base = toLines(baseText);
  const tagged = [
    ...changesFrom(base, toLines(mineText)).map((change) => ({ change, side: "mine" as const })),
    ...changesFrom(base, toLines(theirsText)).map((change) => ({
      change,
      side: "theirs" as const,
    })),
  ].sort((a, b) => a.change.start - b.change.start || a.change.end - b.change.end);

  const chunks: MergeChunk[] = [];
  const pushResolved = (lines: string[]) => {
    if (lines.length === 0) return;
    const last = chunks.at(-1);
    if (last?.kind === "resolved") last.lines.push(...lines);
    else chunks.push({ kind: "resolved", lines: [...lines] });
  };

  let position = 0;
  let i = 0;
  while (i < tagged.length) {
    const first = tagged[i];
    if (!first) break;
    let regionStart = first.change.start;
    let regionEnd = first.change.end;
    const group = [first];
    i += 1;
    for (let next = tagged[i]; next; next = tagged[i]) {
      const touches =
        next.change.start < regionEnd ||
        (next.change.start === regionEnd &&
          (next.change.start === next.change.end || regionStart === regionEnd));
      if (!touches) break;
      group.push(next);
      regionStart = Math.min(regionStart, next.change.start);
      regionEnd = Math.max(regionEnd, next.change.end);
      i += 1;
    }
    pushResolved(base.slice(position, regionStart));
    const mine = group.filter((g) => g.side === "mine").map((g) => g.change);
    const theirs = group.filter((g) => g.side === "theirs").map((g) => g.change);
    const mineLines = applyWithin(base, regionStart, regionEnd, mine);
    const theirLines = applyWithin(base, regionStart, regionEnd, theirs);
    if (mine.length === 0) pushResolved(theirLines);
    else if (theirs.length === 0 || sameLines(mineLines, theirLines)) pushResolved(mineLines);
    else
      chunks.push({
        kind: "conflict",
        mine: mineLines,
        theirs: theirLines,
        base: base.slice(regionStart, regionEnd),
      });
    position = regionEnd;
  }
  pushResolved(base.slice(position));

  const lines = chunks.flatMap((chunk) =>
    chunk.kind === "resolved" ? chunk.lines : [...chunk.mine, ...chunk.theirs],
  );
  return {
    chunks,
    text: lines.join("\n"),
    conflicts: chunks.filter((chunk) => chunk.kind === "conflict").length,
  };
}
