import { describe, expect, it } from "vitest";
import { mergeThreeWay } from "./three-way-merge";

const base = ["# Title", "", "First paragraph.", "", "Second paragraph.", "", "Third."].join("\n");

describe("mergeThreeWay", () => {
  it("takes changes made by only one side, from both sides", () => {
    const mine = base.replace("First paragraph.", "First paragraph, edited by me.");
    const theirs = base.replace("Third.", "Third, edited by them.");
    const result = mergeThreeWay(base, mine, theirs);
    expect(result.conflicts).toBe(0);
    expect(result.text).toBe(
      base
        .replace("First paragraph.", "First paragraph, edited by me.")
        .replace("Third.", "Third, edited by them."),
    );
  });

  it("keeps both versions of a line both sides changed, mine first", () => {
    const mine = base.replace("Second paragraph.", "Second, my way.");
    const theirs = base.replace("Second paragraph.", "Second, their way.");
    const result = mergeThreeWay(base, mine, theirs);
    expect(result.conflicts).toBe(1);
    expect(result.chunks).toContainEqual({
      kind: "conflict",
      mine: ["Second, my way."],
      theirs: ["Second, their way."],
      base: ["Second paragraph."],
    });
    expect(result.text).toContain("Second, my way.\nSecond, their way.");
    expect(result.text).not.toContain("Second paragraph.");
  });

  it("treats the same change on both sides as agreed", () => {
    const both = base.replace("Third.", "Third, fixed.");
    expect(mergeThreeWay(base, both, both)).toMatchObject({ conflicts: 0, text: both });
  });

  it("keeps text both sides added at the same place", () => {
    const mine = `${base}\n\nMy new ending.`;
    const theirs = `${base}\n\nTheir new ending.`;
    const result = mergeThreeWay(base, mine, theirs);
    expect(result.conflicts).toBe(1);
    expect(result.text).toContain("My new ending.");
    expect(result.text).toContain("Their new ending.");
  });

  it("keeps a line one side deleted and the other changed", () => {
    const mine = base.replace("First paragraph.\n", "");
    const theirs = base.replace("First paragraph.", "First paragraph, improved.");
    const result = mergeThreeWay(base, mine, theirs);
    expect(result.conflicts).toBe(1);
    expect(result.text).toContain("First paragraph, improved.");
  });

  it("returns the base when nobody changed anything", () => {
    expect(mergeThreeWay(base, base, base)).toMatchObject({ conflicts: 0, text: base });
  });

  it("never loses a word typed on either side (every changed word survives)", () => {
    const words = (text: string) => new Set(text.split(/\s+/).filter(Boolean));
    const mine = `Intro by me.\n${base.replace("Third.", "Third plus mine.")}`;
    const theirs = base.replace("# Title", "# Better title").replace("Third.", "Third theirs.");
    const merged = words(mergeThreeWay(base, mine, theirs).text);
    for (const word of [...words(mine), ...words(theirs)]) {
      if (!words(base).has(word)) expect(merged).toContain(word);
    }
  });
});
