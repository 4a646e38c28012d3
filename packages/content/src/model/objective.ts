import { z } from "zod";

/** Slug-like identifier shared by objectives, lessons and exercises. */
export const slugSchema = z
  .string()
  .regex(/^[a-z0-9][a-z0-9-]*$/, "use lowercase letters, digits and hyphens (e.g. calf-anatomy)");

/** A learning objective: what a learner can do after the course. */
export const objectiveSchema = z.strictObject({
  id: slugSchema,
  title: z.string().trim().min(1, "objective title is required"),
  description: z.string().trim().min(1, "objective description is required"),
});

export type Objective = z.infer<typeof objectiveSchema>;
