import {
  EditorSelection,
  type ChangeSpec,
  type EditorState,
  type TransactionSpec,
} from "@codemirror/state";
import type { EditorView } from "@codemirror/view";

/** Toolbar and shortcut commands: each edits the selection and keeps focus in the editor. */
export type EditorCommand = (view: EditorView) => boolean;

function selectedLines(view: EditorView) {
  const { state } = view;
  const seen = new Set<number>();
  const lines = [];
  for (const range of state.selection.ranges) {
    for (let pos = range.from; pos <= range.to;) {
      const line = state.doc.lineAt(pos);
      if (!seen.has(line.number)) {
        seen.add(line.number);
        lines.push(line);
      }
      pos = line.to + 1;
    }
  }
  return lines;
}

function prefixLines(view: EditorView, prefixFor: (index: number) => string, pattern: RegExp) {
  const lines = selectedLines(view);
  const allHave = lines.every((line) => pattern.test(line.text));
  const changes: ChangeSpec[] = lines.map((line, index) => {
    const existing = pattern.exec(line.text)?.[0] ?? "";
    return {
      from: line.from,
      to: line.from + existing.length,
      insert: allHave ? "" : prefixFor(index),
    };
  });
  view.dispatch({ changes, scrollIntoView: true, userEvent: "input.format" });
  view.focus();
  return true;
}

/** Makes the selected lines headings of this level, or plain text when they already are. */
export const toggleHeading =
  (level: 2 | 3 | 4): EditorCommand =>
  (view) => {
    const marker = `${"#".repeat(level)} `;
    const lines = selectedLines(view);
    const allThisLevel = lines.every((line) => line.text.startsWith(marker));
    view.dispatch({
      changes: lines.map((line) => ({
        from: line.from,
        to: line.from + (/^#{1,6} /.exec(line.text)?.[0].length ?? 0),
        insert: allThisLevel ? "" : marker,
      })),
      userEvent: "input.format",
    });
    view.focus();
    return true;
  };

export const toggleBulletList: EditorCommand = (view) => prefixLines(view, () => "- ", /^[-*] /);

export const toggleNumberedList: EditorCommand = (view) =>
  prefixLines(view, (index) => `${String(index + 1)}. `, /^\d+\. /);

/** Wraps the selection in a marker (bold, italic), or inserts the pair with the cursor inside. */
export const wrapWith =
  (marker: string): EditorCommand =>
  (view) => {
    view.dispatch(
      view.state.changeByRange((range) => ({
        changes: [
          { from: range.from, insert: marker },
          { from: range.to, insert: marker },
        ],
        range: EditorSelection.range(range.from + marker.length, range.to + marker.length),
      })),
      { userEvent: "input.format" },
    );
    view.focus();
    return true;
  };

/** `[selection](https://)` with the address selected, ready to type over. */
export const insertLink: EditorCommand = (view) => {
  view.dispatch(
    view.state.changeByRange((range) => {
      const text = view.state.sliceDoc(range.from, range.to) || "link text";
      const insert = `[${text}](https://)`;
      const urlStart = range.from + text.length + 3;
      return {
        changes: { from: range.from, to: range.to, insert },
        range: EditorSelection.range(urlStart, urlStart + "https://".length),
      };
    }),
    { userEvent: "input.format" },
  );
  view.focus();
  return true;
};

/** Inserts a block on its own lines after the cursor's line, blank lines around it. */
export const insertBlock =
  (text: string): EditorCommand =>
  (view) => {
    const line = view.state.doc.lineAt(view.state.selection.main.head);
    const before = line.text.trim() === "" ? "" : "\n\n";
    const from = line.text.trim() === "" ? line.from : line.to;
    const to = line.text.trim() === "" ? line.to : line.to;
    const insert = `${before}${text}\n`;
    view.dispatch({
      changes: { from, to, insert },
      selection: { anchor: from + before.length, head: from + before.length + text.length },
      scrollIntoView: true,
      userEvent: "input.block",
    });
    view.focus();
    return true;
  };

/**
 * The change that puts a block (an uploaded image's figure) exactly where the cursor is: a
 * cursor inside a line splits it, and blank lines keep the block apart from the text around it.
 * The cursor ends on a new paragraph after the block, ready to go on writing. (Pure, for the
 * unit tests.)
 */
export function blockAtCursor(state: EditorState, text: string): TransactionSpec {
  const range = state.selection.main;
  const startLine = state.doc.lineAt(range.from);
  const endLine = state.doc.lineAt(range.to);
  const lineBefore = state.sliceDoc(startLine.from, range.from);
  const lineAfter = state.sliceDoc(range.to, endLine.to);
  // Spaces where the line splits go: neither half keeps a dangling space.
  const from = startLine.from + lineBefore.trimEnd().length;
  const to = range.to + (lineAfter.length - lineAfter.trimStart().length);
  const before = lineBefore.trim() === "" ? "" : "\n\n";
  // Always a blank line after: the cursor starts the next paragraph, never the block's own line
  // (text typed straight after `::figure{…}` would break the block).
  const after = "\n\n";
  return {
    changes: { from, to, insert: `${before}${text}${after}` },
    selection: { anchor: from + before.length + text.length + after.length },
    scrollIntoView: true,
    userEvent: "input.block",
  };
}

/** Inserts a block at the cursor (see `blockAtCursor`) and keeps focus in the editor. */
export const insertBlockAtCursor =
  (text: string): EditorCommand =>
  (view) => {
    view.dispatch(blockAtCursor(view.state, text));
    view.focus();
    return true;
  };
