import { describe, expect, it } from "vitest";
import { responseSchemas } from "./response";
import { safeText, UNSTORABLE_TEXT_MESSAGE } from "./safe-text";

const unstorable = ["a\u0000b", "\uD83D", "x\uDE00", "\uDE00\uD83D"];

describe("safeText", () => {
  it("refuses NUL and unpaired surrogates with the one clear message", () => {
    for (const text of unstorable) {
      const parsed = safeText().trim().max(100).safeParse(text);
      expect(parsed.success).toBe(false);
      expect(parsed.error?.issues.map((issue) => issue.message)).toEqual([UNSTORABLE_TEXT_MESSAGE]);
    }
  });

  it("keeps every well-formed string, emoji and other scripts included, and the rules chained after it", () => {
    for (const text of ["Lee", "😀 Ana-María", "Zoë 李", "tab\tand\nnewline"])
      expect(safeText().parse(text)).toBe(text);
    expect(safeText().trim().parse("  Lee ")).toBe("Lee");
    expect(safeText().max(3).safeParse("four").success).toBe(false);
  });

  it("guards learners' typed answers: short text, fill-in blanks and numeric units", () => {
    expect(responseSchemas.short_text.safeParse({ text: "calf\u0000" }).success).toBe(false);
    expect(responseSchemas.fill_blanks.safeParse({ blanks: { b1: "\uD800" } }).success).toBe(false);
    expect(responseSchemas.numeric.safeParse({ value: 3, unit: "cm\u0000" }).success).toBe(false);
    expect(responseSchemas.short_text.safeParse({ text: "calf 💪" }).success).toBe(true);
  });
});
