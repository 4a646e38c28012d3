import { z } from "zod";
import { checkUnique, localIdSchema, questionBaseShape, textSchema } from "../common";
import { LIMITS } from "../limits";
import { optionListSchema, optionTextShape } from "./choice-option";

/** `{{blank-id}}` placeholders in a fill-in-the-blanks text. */
export const BLANK_PLACEHOLDER = /\{\{\s*([^{}\s]*)\s*\}\}/g;

export const choiceBlankSchema = z
  .strictObject({
    id: localIdSchema,
    kind: z.literal("choice"),
    options: optionListSchema(
      z.strictObject({ ...optionTextShape, correct: z.boolean().default(false) }),
    ),
  })
  .superRefine((b, ctx) => {
    checkUnique(
      ctx,
      b.options.map((o) => o.id),
      (i) => ["options", i, "id"],
      "option id",
    );
    const correct = b.options.filter((o) => o.correct).length;
    if (correct !== 1)
      ctx.addIssue({
        code: "custom",
        path: ["options"],
        message: `needs exactly one correct option, found ${correct}`,
      });
  });

export const textBlankSchema = z.strictObject({
  id: localIdSchema,
  kind: z.literal("text"),
  accepted: z.array(textSchema(LIMITS.responseTextLength)).min(1).max(LIMITS.acceptedAnswers),
});

export const blankSchema = z.discriminatedUnion("kind", [choiceBlankSchema, textBlankSchema]);
export type Blank = z.infer<typeof blankSchema>;

/** A text with inline blanks, each an option list or a typed entry, scored per blank. */
export const fillBlanksQuestionSchema = z
  .strictObject({
    ...questionBaseShape,
    type: z.literal("fill_blanks"),
    text: textSchema(LIMITS.promptLength),
    blanks: z.array(blankSchema).min(1).max(LIMITS.blanks),
    /** Forgive small spelling slips in typed blanks; turn off where spelling is the point. */
    forgiveSpelling: z.boolean().default(true),
  })
  .superRefine((q, ctx) => {
    checkUnique(
      ctx,
      q.blanks.map((b) => b.id),
      (i) => ["blanks", i, "id"],
      "blank id",
    );
    const placed = [...q.text.matchAll(BLANK_PLACEHOLDER)].map((m) => m[1] ?? "");
    checkUnique(ctx, placed, () => ["text"], "placeholder");
    const declared = new Set(q.blanks.map((b) => b.id));
    for (const id of placed) {
      if (!declared.has(id))
        ctx.addIssue({
          code: "custom",
          path: ["text"],
          message: `placeholder {{${id}}} has no blank`,
        });
    }
    const used = new Set(placed);
    q.blanks.forEach((b, i) => {
      if (!used.has(b.id))
        ctx.addIssue({
          code: "custom",
          path: ["blanks", i, "id"],
          message: `blank "${b.id}" does not appear in text`,
        });
    });
  });
export type FillBlanksQuestion = z.infer<typeof fillBlanksQuestionSchema>;
