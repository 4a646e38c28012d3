import { parseQuiz } from "@soleus/quiz-engine";
import type { QuestionInput } from "@soleus/quiz-engine/schema";
import { num, quizOf, sc, tf } from "@soleus/quiz-engine/testing/item-quizzes";
import { describe, expect, it } from "vitest";
import { checkQuizItems } from "./check-quiz-items";
import type { QuizCourseContext } from "./course-context";

// The quiz-engine test questions use objective "anatomy" and section meet-the-soleus#where-it-sits.
const ctx: QuizCourseContext = {
  objectiveIds: new Set(["anatomy", "circulation"]),
  anchorsByLesson: new Map([["meet-the-soleus", ["where-it-sits", "one-joint-not-two"]]]),
};

const wellWritten = (): QuestionInput[] => [
  sc("Which joint does the soleus cross?", ["The knee", "*The ankle", "The hip"]),
  tf("The soleus lies under the gastrocnemius.", true),
  num("How many heads does the calf muscle group have?", 3),
];

/** Checks and fields found, as "severity:check:questionId:field". */
function found(questions: QuestionInput[], context = ctx): string[] {
  return checkQuizItems(quizOf(questions, true), context).map(
    (f) => `${f.severity}:${f.check}:${f.questionId ?? "quiz"}:${f.field}`,
  );
}

interface Case {
  name: string;
  questions: QuestionInput[];
  expected: string[];
  context?: QuizCourseContext;
}

describe("checkQuizItems: course-level checks", () => {
  it.each<Case>([
    { name: "near miss: a well-written quiz", questions: wellWritten(), expected: [] },
    {
      name: "an objective with only 2 questions in the quiz",
      questions: [
        ...wellWritten(),
        {
          ...sc(
            "Where do leg veins send blood?",
            ["*Up to the heart", "Down to the feet"],
            "veins",
          ),
          objectives: ["anatomy", "circulation"],
        },
      ],
      expected: ["error:objective-coverage:quiz:questions"],
    },
    {
      name: "near miss: an objective with exactly 3 questions",
      questions: wellWritten().map((q) => ({ ...q, objectives: ["anatomy", "circulation"] })),
      expected: [],
    },
    {
      name: "an unknown objective",
      questions: wellWritten().map((q, i) =>
        i === 0 ? { ...q, id: "odd", objectives: ["anatomy", "strength"] } : q,
      ),
      expected: ["error:unknown-objective:odd:objectives.1"],
    },
    {
      name: "a section anchor the lesson does not have",
      questions: wellWritten().map((q, i) =>
        i === 0
          ? {
              ...q,
              id: "lost",
              section: { lesson: "meet-the-soleus", anchor: "nowhere" },
            }
          : q,
      ),
      expected: ["error:section:lost:section.anchor"],
    },
    {
      name: "near miss: a section whose lesson failed to load is reported elsewhere",
      questions: wellWritten().map((q) => ({ ...q, section: { lesson: "broken", anchor: "x" } })),
      context: { ...ctx, unloadedLessons: new Set(["broken"]) },
      expected: [],
    },
    {
      name: "a wrong option without feedback",
      questions: [
        ...wellWritten().slice(1),
        {
          ...sc("Which joint?", ["The knee", "*The ankle"], "bare"),
          options: [
            { id: "k", text: "The knee", misconception: "knee" },
            { id: "a", text: "The ankle", correct: true },
          ],
        } as QuestionInput,
      ],
      expected: ["error:wrong-answer-feedback:bare:options.0"],
    },
    {
      name: "a prompt above reading grade 8",
      questions: [
        ...wellWritten().slice(1),
        sc(
          "Considering physiological circulation mechanisms, which anatomical structure predominantly facilitates venous return?",
          ["*The soleus muscle", "The radial artery"],
          "hard",
        ),
      ],
      expected: ["warning:readability:hard:prompt"],
    },
    {
      name: "near miss: a short prompt with one long word is not graded",
      questions: [
        ...wellWritten().slice(1),
        sc("What is plantarflexion?", ["*Pointing the toes down", "Pulling the toes up"], "short"),
      ],
      expected: [],
    },
  ])("$name", ({ questions, expected, context }) => {
    // The quiz-engine fixtures carry no feedback; give every wrong option some unless the case is about it.
    const withFeedback = questions.map((q): QuestionInput => {
      if (q.type === "single_choice" && q.id !== "bare") {
        return {
          ...q,
          options: q.options.map((o) =>
            o.correct ? o : { ...o, feedback: "Not this one.", misconception: "a mix-up" },
          ),
        };
      }
      if (q.type === "true_false")
        return {
          ...q,
          feedbackFalse: "It is true.",
          feedbackTrue: "It is.",
          misconception: "a mix-up",
        };
      return q;
    });
    expect(found(withFeedback, context)).toEqual(expected);
  });
});

describe("checkQuizItems: kept warnings", () => {
  const statement = (acknowledged?: { check: string; reason: string }[]) =>
    ({
      ...tf("The soleus always works while you stand.", true, "stands"),
      feedbackFalse: "It does.",
      misconception: "thinks it rests",
      ...(acknowledged ? { acknowledged } : {}),
    }) as QuestionInput;
  const others = wellWritten()
    .slice(0, 1)
    .concat(wellWritten().slice(2))
    .map((q) =>
      q.type === "single_choice"
        ? {
            ...q,
            options: q.options.map((o) =>
              o.correct ? o : { ...o, feedback: "No.", misconception: "mix-up" },
            ),
          }
        : q,
    );

  it("marks an acknowledged warning with its reason", () => {
    const findings = checkQuizItems(
      quizOf(
        [
          statement([
            {
              check: "absolute-words",
              reason: "The lesson says it is on duty whenever you stand.",
            },
          ]),
          ...others,
        ],
        true,
      ),
      ctx,
    );
    expect(findings.map((f) => [f.check, f.acknowledged])).toEqual([
      ["absolute-words", "The lesson says it is on duty whenever you stand."],
    ]);
  });

  it("near miss: an unacknowledged warning has no reason", () => {
    const findings = checkQuizItems(quizOf([statement(), ...others], true), ctx);
    expect(findings.map((f) => [f.check, f.acknowledged])).toEqual([["absolute-words", undefined]]);
  });

  it("reports an acknowledgement whose warning is gone as an error", () => {
    const quiz = parseQuiz({
      id: "q",
      title: "Q",
      passPercent: 70,
      settings: { shuffleOptions: true },
      questions: [
        statement([
          { check: "length-cue", reason: "Kept from an older version of this question." },
        ]),
        ...others,
      ],
    });
    expect(checkQuizItems(quiz, ctx).map((f) => `${f.severity}:${f.check}:${f.field}`)).toEqual([
      "warning:absolute-words:prompt",
      "error:stale-acknowledgement:acknowledged.0",
    ]);
  });
});
