import { z } from "zod";
import { slugSchema } from "./objective";

/** The YAML front matter of a lesson file. */
export const lessonFrontMatterSchema = z.strictObject({
  slug: slugSchema,
  title: z.string().trim().min(1),
  summary: z.string().trim().min(1),
  minutes: z.number().positive(),
  objectives: z.array(slugSchema).min(1, "name at least one objective this lesson teaches"),
  quiz: slugSchema,
});

/** A lesson: front matter plus its Markdown body. */
export const lessonSchema = lessonFrontMatterSchema.extend({
  body: z.string(),
});

export type LessonFrontMatter = z.infer<typeof lessonFrontMatterSchema>;
export type Lesson = z.infer<typeof lessonSchema>;
