import { quizSchema } from "@soleus/quiz-engine/schema";
import { z } from "zod";
import { lessonSchema } from "./lesson";
import { objectiveSchema, slugSchema } from "./objective";

const text = z.string().trim().min(1);

/** `course.yaml`: metadata, objectives, lesson order (slugs) and the final quiz's file name. */
export const courseFileSchema = z.strictObject({
  slug: slugSchema,
  title: text,
  summary: text,
  audience: text,
  minutes: z.number().positive(),
  objectives: z.array(objectiveSchema).min(1, "list at least one learning objective"),
  lessons: z.array(slugSchema).min(1, "list at least one lesson"),
  finalQuiz: slugSchema,
});

/** A lesson together with its end-of-lesson check. */
export const courseLessonSchema = lessonSchema.extend({ check: quizSchema });

/** A whole course, as loaded: lessons in reading order, each with its check, and the final quiz. */
export const courseSchema = courseFileSchema.extend({
  lessons: z.array(courseLessonSchema).min(1),
  finalQuiz: quizSchema,
});

export type CourseFile = z.infer<typeof courseFileSchema>;
export type CourseLesson = z.infer<typeof courseLessonSchema>;
export type Course = z.infer<typeof courseSchema>;
