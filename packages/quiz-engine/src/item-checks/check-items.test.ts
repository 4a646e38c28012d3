import { describe, expect, it } from "vitest";
import { isQuizEngineError } from "../errors";
import { ord, quizOf, sc, tf } from "../testing/item-quizzes";
import { toPublicQuestion } from "../public-view";
import { parseQuestion } from "../validated";
import { checkItems } from "../item-checks";

describe("checkItems", () => {
  it("runs every check and lists findings in question order, quiz-wide ones first", () => {
    const findings = checkItems(
      quizOf([
        sc("Which does not help?", ["*Sitting all day", "Walking often"], "first"),
        tf("The calf pump always works.", false, "second"),
        ord("Order:", ["Heel lands", "Calf squeezes"], "third"),
        sc("Where?", ["*Calf", "All of the above"], "fourth"),
      ]),
    );
    expect(findings.map((f) => `${f.questionId ?? "quiz"}:${f.check}:${f.severity}`)).toEqual([
      "quiz:key-position:error",
      "first:negative-stem:warning",
      "second:absolute-words:warning",
      "third:two-item-ordering:warning",
      "fourth:catch-all-option:error",
    ]);
  });

  it("finds nothing in a well-written quiz", () => {
    expect(
      checkItems(
        quizOf(
          [
            sc("Which joint does the soleus cross?", ["The knee", "*The ankle", "The hip"]),
            tf("The soleus lies under the gastrocnemius.", true),
            ord("Put the calf raise in order:", [
              "Stand tall",
              "Rise onto the toes",
              "Lower slowly",
            ]),
          ],
          true,
        ),
      ),
    ).toEqual([]);
  });
});

describe("acknowledged warnings in a question", () => {
  const question = { ...tf("The soleus always works when you stand.", true, "stands") };

  it("accepts a warning check with a reason", () => {
    const parsed = parseQuestion({
      ...question,
      acknowledged: [
        { check: "absolute-words", reason: "The lesson says it is on duty whenever you stand." },
      ],
    });
    expect(parsed.acknowledged).toEqual([
      { check: "absolute-words", reason: "The lesson says it is on duty whenever you stand." },
    ]);
  });

  it("never reaches the learner's view of the question", () => {
    const kept = {
      ...sc("Which does not help?", ["*Sitting all day", "Walking often"], "kept"),
      acknowledged: [{ check: "negative-stem", reason: "The word is bold in the player anyway." }],
    };
    const shown = JSON.stringify(toPublicQuestion(parseQuestion(kept), { seed: "s" }));
    expect(shown).toContain("Sitting all day");
    expect(shown).not.toMatch(/acknowledged|The word is bold/u);
  });

  it.each([
    {
      name: "an error check cannot be kept",
      ack: { check: "key-position", reason: "We like it this way." },
      message: /must be one of the checks that warn/u,
    },
    {
      name: "a reason is required",
      ack: { check: "absolute-words", reason: "ok" },
      message: /say in a sentence why/u,
    },
    {
      name: "unknown fields are refused",
      ack: { check: "absolute-words", reason: "A good reason here.", by: "me" },
      message: /by/u,
    },
  ])("$name", ({ ack, message }) => {
    let caught: unknown;
    try {
      parseQuestion({ ...question, acknowledged: [ack] });
    } catch (error) {
      caught = error;
    }
    expect(isQuizEngineError(caught)).toBe(true);
    expect(JSON.stringify(caught)).toMatch(message);
  });
});
