import { Model } from "survey-core";
import { createSeededRandom, type QuestionInput } from "@soleus/quiz-engine";

/** 20 choice questions both engines can score: 12 single choice (4 options), 8 multiple response (5 options, 2 correct, all or nothing). */
export function choiceQuestions(): QuestionInput[] {
  return Array.from({ length: 20 }, (_, i): QuestionInput => {
    const base = {
      id: `q${i}`,
      prompt: `Q${i}`,
      objectives: ["o"],
      section: { lesson: "l", anchor: "a" },
      explanation: "E",
    };
    const options = (n: number, correct: (k: number) => boolean) =>
      Array.from({ length: n }, (_, k) => ({ id: `o${k}`, text: `o${k}`, correct: correct(k) }));
    return i % 5 < 3
      ? { ...base, type: "single_choice", options: options(4, (k) => k === i % 4) }
      : {
          ...base,
          type: "multiple_response",
          scoring: "all_or_nothing",
          options: options(5, (k) => k < 2),
        };
  });
}

/** The same questions as a SurveyJS model (radiogroup / checkbox with correctAnswer). */
export function surveyModel(questions: readonly QuestionInput[]): Model {
  return new Model({
    elements: questions.map((q) =>
      q.type === "single_choice"
        ? {
            type: "radiogroup",
            name: q.id,
            choices: q.options.map((o) => o.id),
            correctAnswer: q.options.find((o) => o.correct)?.id,
          }
        : q.type === "multiple_response"
          ? {
              type: "checkbox",
              name: q.id,
              choices: q.options.map((o) => o.id),
              correctAnswer: q.options.filter((o) => o.correct).map((o) => o.id),
            }
          : {},
    ),
  });
}

/** Equivalent attempts in both engines' response formats. */
export function choiceAttempts(questions: readonly QuestionInput[], count: number, seed: string) {
  const rnd = createSeededRandom(seed);
  const ours: Record<string, unknown>[] = [];
  const theirs: Record<string, unknown>[] = [];
  for (let a = 0; a < count; a++) {
    const mine: Record<string, unknown> = {};
    const data: Record<string, unknown> = {};
    for (const q of questions) {
      if (q.type === "single_choice") {
        const pick = `o${rnd.int(q.options.length)}`;
        mine[q.id] = { optionId: pick };
        data[q.id] = pick;
      } else if (q.type === "multiple_response") {
        const picks = q.options.filter(() => rnd.next() < 0.45).map((o) => o.id);
        mine[q.id] = { optionIds: picks };
        data[q.id] = picks;
      }
    }
    ours.push(mine);
    theirs.push(data);
  }
  return { ours, theirs };
}
