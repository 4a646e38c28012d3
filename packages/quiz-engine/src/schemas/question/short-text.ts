import { z } from "zod";
import { questionBaseShape, textSchema } from "../common";
import { LIMITS } from "../limits";

/** A short typed answer compared with `accepted` (and optionally a whole-answer `pattern`). */
export const shortTextQuestionSchema = z
  .strictObject({
    ...questionBaseShape,
    type: z.literal("short_text"),
    accepted: z
      .array(textSchema(LIMITS.responseTextLength))
      .min(1, "needs at least one accepted answer")
      .max(LIMITS.acceptedAnswers),
    pattern: z.string().min(1).max(LIMITS.patternLength).optional(),
    caseSensitive: z.boolean().default(false),
    /** Forgive small spelling slips (see text/spelling.ts); turn off where spelling is the point. */
    forgiveSpelling: z.boolean().default(true),
  })
  .superRefine((q, ctx) => {
    if (q.pattern === undefined) return;
    try {
      new RegExp(q.pattern, "u");
    } catch (error) {
      ctx.addIssue({
        code: "custom",
        path: ["pattern"],
        message: `not a valid regular expression: ${(error as Error).message}`,
      });
    }
  });
export type ShortTextQuestion = z.infer<typeof shortTextQuestionSchema>;
