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
    ["on an empty line", "Intro.\n\n|\n\nMore.", `Intro.\n\n${FIGURE}\n\n|\n\nMore.`],
    ["in an empty lesson", "|", `${FIGURE}\n\n|`],
    ["at the end of a line", "Intro.|", `Intro.\n\n${FIGURE}\n\n|`],
    ["at the start of a line", "|Intro.", `${FIGURE}\n\n|Intro.`],
    ["inside a line, splitting it", "Heels| up.", `Heels\n\n${FIGURE}\n\n|up.`],
  ])("%s", (_, before, after) => {
    expect(insertAt(before)).toBe(after);
  });

  it("leaves the cursor off the block's line, so what is typed next cannot break it", () => {
    const state = EditorState.create({ doc: "Intro.", selection: EditorSelection.cursor(6) });
    const inserted = state.update(blockAtCursor(state, FIGURE)).state;
    const typed = inserted.update(inserted.replaceSelection("Done.")).state;
    expect(typed.doc.toString().split("\n")).toContain(FIGURE);
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
