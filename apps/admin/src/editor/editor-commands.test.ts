import { EditorSelection, EditorState } from "@codemirror/state";
import { describe, expect, it } from "vitest";
import { blockAtCursor } from "./editor-commands";

const FIGURE = '::figure{src="images/a.png" alt="A calf" caption="Heels up"}';

/** The text after inserting the figure where `|` marks the cursor, with `|` where it ends. */
function insertAt(marked: string): string {
  const at = marked.indexOf("|");
  const state = EditorState.create({
    doc: marked.replace("|", ""),
    selection: EditorSelection.cursor(at),
  });
  const next = state.update(blockAtCursor(state, FIGURE)).state;
  const text = next.doc.toString();
  const head = next.selection.main.head;
  return `${text.slice(0, head)}|${text.slice(head)}`;
}

describe("inserting an uploaded image's figure at the cursor", () => {
  it.each([
    ["on an empty line", "Intro.\n\n|\n\nMore.", `Intro.\n\n${FIGURE}|\n\nMore.`],
    ["in an empty lesson", "|", `${FIGURE}|`],
    ["at the end of a line", "Intro.|", `Intro.\n\n${FIGURE}|`],
    ["at the start of a line", "|Intro.", `${FIGURE}|\n\nIntro.`],
    ["inside a line, splitting it", "Heels| up.", `Heels\n\n${FIGURE}|\n\nup.`],
  ])("%s", (_, before, after) => {
    expect(insertAt(before)).toBe(after);
  });

  it("replaces a selection", () => {
    const state = EditorState.create({
      doc: "Keep. Replace me. Keep.",
      selection: EditorSelection.range(6, 17),
    });
    const next = state.update(blockAtCursor(state, FIGURE)).state;
    expect(next.doc.toString()).toBe(`Keep.\n\n${FIGURE}\n\nKeep.`);
  });
});
