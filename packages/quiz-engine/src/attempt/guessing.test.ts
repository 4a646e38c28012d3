import { describe, expect, it } from "vitest";
import type { PublicQuestion } from "../schemas/public";
import type { QuestionInput, QuizInput } from "../schema";
import { toPublicQuiz } from "../public-view";
import { parseQuiz } from "../validated";
import { assembleAttempt, displayOrderOf } from "./assemble";
import { recordResponse, submitAttempt } from "./lifecycle";
import { sipHash24 } from "./siphash";

const T0 = 1_700_000_000_000;
const SEEDS = Array.from({ length: 200 }, (_, i) => `seed-${i}`);
const common = { objectives: ["o"], section: { lesson: "l", anchor: "a" }, explanation: "e" };

/** A quiz written the way issue 10 found the course: every key is the first option, "a". */
function keyFirstQuiz(settings: QuizInput["settings"] = {}) {
  const questions: QuestionInput[] = Array.from({ length: 20 }, (_, i) => ({
    ...common,
    id: `q${i}`,
    type: "single_choice",
    prompt: `Question ${i}`,
    options: ["a", "b", "c", "d"].map((id) => ({ id, text: `${id} ${i}`, correct: id === "a" })),
  }));
  return parseQuiz({ id: "key-first", title: "Key first", passPercent: 50, settings, questions });
}

/** Mean percent over many attempts of a learner who picks with `pick` without reading. */
function meanPercent(quiz: ReturnType<typeof keyFirstQuiz>, pick: (q: PublicQuestion) => unknown) {
  let total = 0;
  const seeds = SEEDS.slice(0, 100);
  for (const seed of seeds) {
    let attempt = assembleAttempt(quiz, { seed, now: T0 });
    for (const question of toPublicQuiz(quiz, attempt).questions) {
      attempt = recordResponse(quiz, attempt, question.id, pick(question), T0, {
        idsFrom: "learner",
      });
    }
    total += submitAttempt(quiz, attempt, T0).result.percent;
  }
  return total / seeds.length;
}

const firstShown = (q: PublicQuestion) => ({
  optionId: q.type === "single_choice" ? q.options[0]?.id : undefined,
});
const smallestId = (q: PublicQuestion) => ({
  optionId: q.type === "single_choice" ? q.options.map((o) => o.id).sort()[0] : undefined,
});

describe("a learner who does not read scores at chance", () => {
  it("answering the first option shown everywhere scores about 25% on 4-option questions", () => {
    const percent = meanPercent(keyFirstQuiz(), firstShown);
    expect(percent).toBeGreaterThan(20);
    expect(percent).toBeLessThan(30);
  });

  it("answering the same-looking id everywhere (the smallest) scores about 25%", () => {
    const percent = meanPercent(keyFirstQuiz(), smallestId);
    expect(percent).toBeGreaterThan(20);
    expect(percent).toBeLessThan(30);
  });

  it("options are shuffled unless the author turns it off", () => {
    expect(keyFirstQuiz().settings.shuffleOptions).toBe(true);
    expect(meanPercent(keyFirstQuiz({ shuffleOptions: false }), firstShown)).toBe(100);
  });
});

describe("ordering questions", () => {
  const quiz = parseQuiz({
    id: "two-items",
    title: "Two items",
    passPercent: 50,
    questions: [
      {
        ...common,
        id: "order",
        type: "ordering",
        prompt: "Put in order",
        items: [
          { id: "first", text: "First" },
          { id: "second", text: "Second" },
        ],
      },
    ],
  });

  it("a 2-item question shows the key half the time, so neither keeping nor swapping wins", () => {
    let shownAsKey = 0;
    for (const seed of SEEDS) {
      const view = toPublicQuiz(quiz, assembleAttempt(quiz, { seed, now: T0 })).questions[0];
      if (view?.type !== "ordering") throw new Error("expected an ordering question");
      if (view.items.map((i) => i.text).join() === "First,Second") shownAsKey++;
    }
    expect(shownAsKey / SEEDS.length).toBeGreaterThan(0.4);
    expect(shownAsKey / SEEDS.length).toBeLessThan(0.6);
  });
});

describe("retakes", () => {
  const twoOptions = parseQuiz({
    id: "small",
    title: "Small",
    passPercent: 50,
    questions: [
      {
        ...common,
        id: "pick",
        type: "single_choice",
        prompt: "Pick",
        options: [
          { id: "a", text: "A", correct: true },
          { id: "b", text: "B" },
        ],
      },
    ],
  });

  it("never look the same as the previous attempt when there is something to shuffle", () => {
    let previous = assembleAttempt(twoOptions, { seed: "start", now: T0 });
    for (const seed of SEEDS.slice(0, 40)) {
      const next = assembleAttempt(twoOptions, { seed, now: T0, differentFrom: previous });
      expect(displayOrderOf(next)).not.toBe(displayOrderOf(previous));
      previous = next;
    }
  });

  it("keep the given seed when nothing can be shuffled", () => {
    const fixed = parseQuiz({
      id: "tf",
      title: "TF",
      passPercent: 50,
      questions: [{ ...common, id: "tf", type: "true_false", prompt: "True?", answer: true }],
    });
    const previous = assembleAttempt(fixed, { seed: "one", now: T0 });
    expect(assembleAttempt(fixed, { seed: "two", now: T0, differentFrom: previous }).seed).toBe(
      "two",
    );
  });
});

describe("SipHash-2-4", () => {
  it("matches the reference vector of the SipHash paper (key 00..0f, message 00..0e)", () => {
    const message = Uint8Array.from({ length: 15 }, (_, i) => i);
    expect(sipHash24(0x0706050403020100n, 0x0f0e0d0c0b0a0908n, message)).toBe(0xa129ca6149be45e5n);
  });
});

describe("responses in learner ids", () => {
  const quiz = keyFirstQuiz();
  const attempt = assembleAttempt(quiz, { seed: "ids", now: T0 });

  it("are stored in authored ids, and an authored id from the browser is refused", () => {
    const shown = toPublicQuiz(quiz, attempt).questions[0];
    if (shown?.type !== "single_choice") throw new Error("expected a single-choice question");
    const right = shown.options.find((o) => o.text.startsWith("a "));
    const saved = recordResponse(quiz, attempt, shown.id, { optionId: right?.id }, T0, {
      idsFrom: "learner",
    });
    expect(saved.responses[shown.id]).toEqual({ optionId: "a" });
    expect(() =>
      recordResponse(quiz, attempt, shown.id, { optionId: "a" }, T0, { idsFrom: "learner" }),
    ).toThrow(/unknown option "a"/);
  });

  it("a submitted attempt says so before looking at the ids", () => {
    const { attempt: done } = submitAttempt(quiz, attempt, T0);
    expect(() =>
      recordResponse(quiz, done, "q0", { optionId: "a" }, T0, { idsFrom: "learner" }),
    ).toThrow(/already submitted/);
  });
});
