import { slugSchema } from "@soleus/content/model/objective";
import { z } from "zod";

/** A course or lesson slug as it may appear in an address: the content slug rules, bounded length. */
export const publicSlugSchema = slugSchema.max(100, "slugs are at most 100 characters");

/** Input of getCourseOutline: one course by its slug. */
export const courseAddressSchema = z.strictObject({ course: publicSlugSchema });

/** Input of getPublishedLesson: one lesson of one course, both by slug. */
export const lessonAddressSchema = z.strictObject({
  course: publicSlugSchema,
  lesson: publicSlugSchema,
});

export type CourseAddress = z.infer<typeof courseAddressSchema>;
export type LessonAddress = z.infer<typeof lessonAddressSchema>;
