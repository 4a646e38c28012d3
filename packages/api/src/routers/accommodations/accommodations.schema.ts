import { z } from "zod";

export const MIN_MULTIPLIER = 1.1;
export const MAX_MULTIPLIER = 4;

const courseId = z.uuid("That is not a valid course id.");

export const listAccommodationsSchema = z.object({ courseId });

/** A learner's extra time in a course: who (by email) and how much (a multiplier of the limit). */
export const setAccommodationSchema = z.object({
  courseId,
  email: z
    .string()
    .trim()
    .toLowerCase()
    .min(1, "Enter the learner's email address.")
    .max(320, "That email address is too long.")
    .pipe(z.email("Enter the learner's email address, like name@example.org.")),
  timeMultiplier: z
    .number("Enter the time multiplier as a number, like 1.5.")
    .min(MIN_MULTIPLIER, `Extra time starts at ${MIN_MULTIPLIER}× the quiz's limit.`)
    .max(MAX_MULTIPLIER, `Extra time can be at most ${MAX_MULTIPLIER}× the quiz's limit.`)
    .refine(
      (value) => Math.abs(value * 100 - Math.round(value * 100)) < 1e-6,
      "Use at most two decimal places, like 1.25.",
    ),
});

export const removeAccommodationSchema = z.object({
  courseId,
  userId: z.uuid("That is not a valid learner id."),
});
