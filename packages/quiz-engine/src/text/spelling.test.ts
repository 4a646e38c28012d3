import fc from "fast-check";
import { distance } from "fastest-levenshtein";
import { describe, expect, it } from "vitest";
import type { QuestionInput } from "../schema";
import { scoreQuestion } from "../scoring";
import { base } from "../testing/fixtures";
import { parseQuestion } from "../validated";
import { normaliseAnswer } from "./normalise";
import { allowedSlips, matchTyped, spellingNote } from "./spelling";

const achilles = parseQuestion({
  ...base,
  id: "tendon",
  type: "short_text",
  prompt: "What is the calcaneal tendon's common name?",
  accepted: ["Achilles tendon", "Achilles"],
});

const heart = parseQuestion({
  ...base,
  id: "pump",
  type: "fill_blanks",
  prompt: "Fill in the blanks.",
  text: "The {{organ}} pumps; the {{muscle}} helps from the calf, under the {{sole}}.",
  blanks: [
    { id: "organ", kind: "text", accepted: ["heart"] },
    { id: "muscle", kind: "text", accepted: ["soleus"] },
    { id: "sole", kind: "text", accepted: ["sole", "soles"] },
  ],
});

describe("forgiving typed answers", () => {
  it.each([
    ["achiles tendon", 1, "Accepted — the spelling is Achilles."],
    ["Achilles tendon", 1, null],
    ["achillies", 1, "Accepted — the spelling is Achilles."],
    ["acilles tendn", 1, "Accepted — the spelling is Achilles … tendon."],
    ["archery", 0, null],
  ])("short text %j scores %d", (text, fraction, note) => {
    const score = scoreQuestion(achilles, { text });
    expect(score.fraction).toBe(fraction);
    expect(score.feedback).toEqual(note === null ? [] : [note]);
  });

  it('accepts "hart" for heart and names the blank and the spelling', () => {
    const score = scoreQuestion(heart, {
      blanks: { organ: "hart", muscle: "soleus", sole: "sole" },
    });
    expect(score.fraction).toBe(1);
    expect(score.feedback).toEqual(["Blank 1: Accepted — the spelling is heart."]);
  });

  it("never takes another blank's answer, or its near neighbour, for this one", () => {
    // "soleus" is one slip from "soles" but is the muscle blank's answer.
    expect(scoreQuestion(heart, { blanks: { sole: "soleus" } }).fraction).toBe(0);
    // "solus" is one slip from both "soles" and "soleus": too close to call, so not forgiven.
    expect(scoreQuestion(heart, { blanks: { sole: "solus" } }).fraction).toBe(0);
  });

  it("is off where the spelling is the point", () => {
    const strict = parseQuestion({ ...achilles, forgiveSpelling: false });
    expect(scoreQuestion(strict, { text: "achiles tendon" }).fraction).toBe(0);
    expect(scoreQuestion(strict, { text: "achilles tendon" }).fraction).toBe(1);
  });

  it("scales with the answer's length: no slip in very short answers", () => {
    expect(allowedSlips("leg")).toBe(0);
    expect(allowedSlips("heart")).toBe(1);
    expect(allowedSlips("achilles tendon")).toBe(2);
    expect(matchTyped("lag", ["leg"], { forgiveSpelling: true })).toBeNull();
  });

  it("says the whole answer when the word count differs", () => {
    expect(spellingNote("achillestendon", "Achilles tendon")).toBe(
      "Accepted — the spelling is Achilles tendon.",
    );
  });
});

const word = fc.stringMatching(/^[a-z]{1,12}$/);
/** A string a few random slips away from `from`. */
const slipped = (from: string) =>
  fc
    .array(
      fc.tuple(
        fc.nat(20),
        fc.constantFrom("insert", "delete", "change"),
        fc.integer({ min: 97, max: 122 }).map((code) => String.fromCharCode(code)),
      ),
      {
        maxLength: 3,
      },
    )
    .map((edits) => {
      let s = from;
      for (const [at, kind, ch] of edits) {
        const i = s.length === 0 ? 0 : at % (s.length + 1);
        const c = ch;
        if (kind === "insert") s = s.slice(0, i) + c + s.slice(i);
        else if (kind === "delete") s = s.slice(0, i) + s.slice(i + 1);
        else s = s.slice(0, i) + c + s.slice(i + 1);
      }
      return s;
    });

function twoBlanks(mine: string[], theirs: string[]): QuestionInput {
  return {
    ...base,
    id: "two",
    type: "fill_blanks",
    prompt: "Fill in.",
    text: "{{mine}} and {{theirs}}",
    blanks: [
      { id: "mine", kind: "text", accepted: mine },
      { id: "theirs", kind: "text", accepted: theirs },
    ],
  };
}

describe("forgiving never accepts a different blank's answer by accident (property)", () => {
  const case_ = fc
    .tuple(
      fc.array(word, { minLength: 1, maxLength: 3 }),
      fc.array(word, { minLength: 1, maxLength: 3 }),
      fc.boolean(),
    )
    .chain(([mine, theirs, typoOfTheirs]) =>
      fc.tuple(
        fc.constant(mine),
        fc.constant(theirs),
        slipped(typoOfTheirs ? (theirs[0] ?? "") : (mine[0] ?? "")),
      ),
    );

  it("an answer at least as close to another blank's answer is only right when it is exactly this blank's", () => {
    fc.assert(
      fc.property(case_, ([mine, theirs, typed]) => {
        const question = parseQuestion(twoBlanks(mine, theirs));
        const right = scoreQuestion(question, { blanks: { mine: typed } }).fraction > 0;
        const t = normaliseAnswer(typed);
        const exact = mine.some((m) => normaliseAnswer(m) === t);
        const nearestMine = Math.min(...mine.map((m) => distance(t, m)));
        const nearestTheirs = Math.min(...theirs.map((m) => distance(t, m)));
        if (right && !exact) {
          // Forgiven: strictly nearer to this blank's answers, within the allowed slips.
          expect(nearestMine).toBeLessThan(nearestTheirs);
          expect(theirs).not.toContain(t);
          expect(mine.some((m) => distance(t, m) <= allowedSlips(m))).toBe(true);
        }
        if (!exact && nearestTheirs <= nearestMine) expect(right).toBe(false);
      }),
      { numRuns: 2000 },
    );
  });

  it("forgives exactly the allowed slips for a single accepted answer (property)", () => {
    fc.assert(
      fc.property(
        word.chain((answer) => fc.tuple(fc.constant(answer), slipped(answer))),
        ([answer, typed]) => {
          const match = matchTyped(typed, [answer], { forgiveSpelling: true });
          const d = distance(normaliseAnswer(typed), answer);
          expect(match !== null).toBe(normaliseAnswer(typed) !== "" && d <= allowedSlips(answer));
        },
      ),
      { numRuns: 2000 },
    );
  });
});
