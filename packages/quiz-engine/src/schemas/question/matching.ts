import { z } from "zod";
import { checkUnique, localIdSchema, questionBaseShape } from "../common";
import { LIMITS } from "../limits";
import { optionTextShape } from "./choice-option";

const entrySchema = z.strictObject(optionTextShape);

/** Prompts matched to answers; answers that match no prompt are distractors. */
export const matchingQuestionSchema = z
  .strictObject({
    ...questionBaseShape,
    type: z.literal("matching"),
    prompts: z.array(entrySchema).min(1).max(LIMITS.items),
    answers: z.array(entrySchema).min(2, "needs at least two answers").max(LIMITS.items),
    pairs: z
      .array(z.strictObject({ prompt: localIdSchema, answer: localIdSchema }))
      .min(1)
      .max(LIMITS.items),
  })
  .superRefine((q, ctx) => {
    checkUnique(
      ctx,
      q.prompts.map((o) => o.id),
      (i) => ["prompts", i, "id"],
      "prompt id",
    );
    checkUnique(
      ctx,
      q.answers.map((o) => o.id),
      (i) => ["answers", i, "id"],
      "answer id",
    );
    checkUnique(
      ctx,
      q.pairs.map((p) => p.prompt),
      (i) => ["pairs", i, "prompt"],
      "pair for prompt",
    );
    const prompts = new Set(q.prompts.map((p) => p.id));
    const answers = new Set(q.answers.map((a) => a.id));
    q.pairs.forEach((p, i) => {
      if (!prompts.has(p.prompt))
        ctx.addIssue({
          code: "custom",
          path: ["pairs", i, "prompt"],
          message: `unknown prompt "${p.prompt}"`,
        });
      if (!answers.has(p.answer))
        ctx.addIssue({
          code: "custom",
          path: ["pairs", i, "answer"],
          message: `unknown answer "${p.answer}"`,
        });
    });
    const paired = new Set(q.pairs.map((p) => p.prompt));
    q.prompts.forEach((p, i) => {
      if (!paired.has(p.id))
        ctx.addIssue({
          code: "custom",
          path: ["prompts", i],
          message: `prompt "${p.id}" has no pair`,
        });
    });
  });
export type MatchingQuestion = z.infer<typeof matchingQuestionSchema>;
