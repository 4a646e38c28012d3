import { z } from "zod";
import { slugSchema } from "./objective";

/** The kinds a `:::callout` may have. */
export const calloutKinds = ["info", "tip", "safety"] as const;
export const calloutKindSchema = z.enum(calloutKinds);
export type CalloutKind = z.infer<typeof calloutKindSchema>;

/** Attributes of `:::callout{kind="..." title="..."}`. */
export const calloutAttributesSchema = z.strictObject({
  kind: calloutKindSchema,
  title: z.string().trim().min(1).optional(),
});

/**
 * Attributes of `::figure{src="..." alt="..." caption="..." width="..." height="..."}`; alt text
 * is required, the pixel size optional.
 */
export const figureAttributesSchema = z.strictObject({
  src: z.string().trim().min(1, "figure needs a src"),
  alt: z.string().trim().min(1, "figure needs alt text describing the image"),
  caption: z.string().trim().min(1).optional(),
  /** The image's size in pixels (uploaded images get both), so the page reserves its space. */
  width: z
    .string()
    .regex(/^[1-9]\d{0,4}$/, "figure width must be a whole number of pixels")
    .optional(),
  height: z
    .string()
    .regex(/^[1-9]\d{0,4}$/, "figure height must be a whole number of pixels")
    .optional(),
});

const text = z.string().trim().min(1);

/**
 * A ```exercise fenced YAML block. Its dose is exactly one of `reps`, `hold` (seconds held
 * still) or `walk` (seconds of walking, e.g. a loaded carry), so the learner site can offer a
 * rep counter, a hold timer or a walk timer.
 */
export const exerciseSchema = z
  .strictObject({
    id: slugSchema,
    name: text,
    start: text,
    steps: z.array(text).min(1, "list at least one step"),
    reps: z
      .union([
        z
          .string()
          .trim()
          .regex(/^\d+(-\d+)?$/, 'reps look like "12" or "12-20"'),
        z.number().int().positive(),
      ])
      .optional(),
    hold: z.number().int().positive().max(600).optional(),
    walk: z.number().int().positive().max(600).optional(),
    sets: z.number().int().positive().max(20),
    tempo: text,
    feel: text,
    safety: z.array(text).min(1, "list at least one safety note"),
    easier: text,
    harder: text,
  })
  .refine((e) => [e.reps, e.hold, e.walk].filter((dose) => dose !== undefined).length === 1, {
    message: "give exactly one of reps, hold (seconds held still) or walk (seconds of walking)",
    path: ["reps"],
  });

export type Exercise = z.infer<typeof exerciseSchema>;
