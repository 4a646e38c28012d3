import { z } from "zod";
import { checkUnique, questionIdSchema, slugSchema, textSchema } from "./common";
import { LIMITS } from "./limits";
import { assignPools } from "./pools";
import { questionSchema } from "./question";

export const poolSchema = z.strictObject({
  by: z.enum(["objective", "tag"]),
  key: slugSchema,
  draw: z.number().int().positive(),
});
export type Pool = z.infer<typeof poolSchema>;

/** Quiz settings; every one is optional and defaults as documented in docs/authoring.md. */
export const quizSettingsSchema = z
  .strictObject({
    attemptsAllowed: z.number().int().positive().nullable().default(null),
    grading: z.enum(["highest", "average", "first", "last"]).default("highest"),
    shuffleQuestions: z.boolean().default(false),
    // Options are shuffled per attempt unless the author turns it off for a reason (e.g. a
    // "True / False / Not sure" scale); see docs/decisions/0013-opaque-option-ids.md.
    shuffleOptions: z.boolean().default(true),
    pools: z.array(poolSchema).max(50).default([]),
    timeLimitSeconds: z
      .number()
      .int()
      .positive()
      .max(7 * 24 * 3600)
      .nullable()
      .default(null),
    feedback: z.enum(["after_submit", "immediate"]).default("after_submit"),
    penaltyPerTry: z.number().min(0).max(1).default(0),
    /**
     * When a submitted attempt's review shows the correct answers (Moodle's review options); see
     * docs/decisions/0036-review-options-correct-answers.md. Until then only the learner's answer,
     * the mark, feedback and the explanation are shown.
     */
    showCorrectAnswers: z
      .enum(["after_each_attempt", "once_passed_or_out_of_attempts", "never"])
      .default("after_each_attempt"),
  })
  .superRefine((s, ctx) => {
    if (s.penaltyPerTry > 0 && s.feedback !== "immediate") {
      ctx.addIssue({
        code: "custom",
        path: ["penaltyPerTry"],
        message: 'a penalty per try needs feedback: "immediate"',
      });
    }
    checkUnique(
      ctx,
      s.pools.map((p) => `${p.by}:${p.key}`),
      (i) => ["pools", i],
      "pool",
    );
  })
  .prefault({});
export type QuizSettings = z.infer<typeof quizSettingsSchema>;
export type Grading = QuizSettings["grading"];

/** A quiz: settings plus questions, checked for internal consistency. */
export const quizSchema = z
  .strictObject({
    id: questionIdSchema,
    title: textSchema(LIMITS.titleLength),
    passPercent: z
      .number()
      .min(0, "pass mark must be 0 or more")
      .max(100, "pass mark cannot be above 100% of the points"),
    settings: quizSettingsSchema,
    questions: z
      .array(questionSchema)
      .min(1, "needs at least one question")
      .max(LIMITS.questionsPerQuiz),
  })
  .superRefine((quiz, ctx) => {
    checkUnique(
      ctx,
      quiz.questions.map((q) => q.id),
      (i) => ["questions", i, "id"],
      "question id",
    );
    const { members } = assignPools(quiz.settings.pools, quiz.questions);
    quiz.settings.pools.forEach((pool, i) => {
      const available = members[i]?.length ?? 0;
      if (available < pool.draw) {
        ctx.addIssue({
          code: "custom",
          path: ["settings", "pools", i, "draw"],
          message: `pool ${pool.by} "${pool.key}" draws ${pool.draw} question(s) but only ${available} belong to it`,
        });
      }
    });
  });
export type Quiz = z.infer<typeof quizSchema>;
export type QuizInput = z.input<typeof quizSchema>;
