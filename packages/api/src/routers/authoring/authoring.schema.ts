import { z } from "zod";
import { slugSchema } from "@soleus/content/model/objective";
import { safeText } from "@soleus/quiz-engine/schemas/safe-text";
import { checkQuizDraft } from "./quiz-draft-schema";

/** Caps on what one authoring save may carry (the HTTP body cap, 64 KB, is the outer bound). */
export const AUTHORING_LIMITS = {
  title: 200,
  summary: 1_000,
  audience: 1_000,
  bodyMarkdown: 30_000,
  objectives: 30,
  objectiveText: 500,
  lessons: 100,
  questions: 100,
} as const;

export const courseIdSchema = z.uuid("That is not a valid course id.");
export const lessonIdSchema = z.uuid("That is not a valid lesson id.");
export const quizIdSchema = z.uuid("That is not a valid quiz id.");
export const revisionIdSchema = z.uuid("That is not a valid revision id.");
export const versionSchema = z
  .number()
  .int("A version is a whole number.")
  .min(0, "A version is 0 or more.")
  .max(2_147_483_647);

const contentSlug = slugSchema.max(100, "Keep it under 100 characters.");
const title = safeText()
  .trim()
  .min(1, "Enter a title.")
  .max(AUTHORING_LIMITS.title, `Keep the title under ${AUTHORING_LIMITS.title} characters.`);
const prose = (max: number, what: string) =>
  safeText().trim().max(max, `Keep the ${what} under ${max} characters.`);
const minutes = z
  .number()
  .int("Minutes are a whole number.")
  .min(0, "Minutes are 0 or more.")
  .max(600, "Keep it under 600 minutes.");

export const objectiveInputSchema = z.strictObject({
  id: contentSlug,
  title: prose(AUTHORING_LIMITS.objectiveText, "objective title"),
  description: prose(AUTHORING_LIMITS.objectiveText, "objective description"),
});

export const createCourseSchema = z.strictObject({
  slug: contentSlug,
  title,
});

export const listCoursesSchema = z
  .strictObject({ includeArchived: z.boolean().default(false) })
  .default({ includeArchived: false });

export const saveCourseDraftSchema = z.strictObject({
  courseId: courseIdSchema,
  baseVersion: versionSchema,
  title,
  summary: prose(AUTHORING_LIMITS.summary, "summary"),
  audience: prose(AUTHORING_LIMITS.audience, "audience"),
  minutes: minutes.optional(),
  objectives: z
    .array(objectiveInputSchema)
    .max(AUTHORING_LIMITS.objectives, `List at most ${AUTHORING_LIMITS.objectives} objectives.`),
});

export const reorderLessonsSchema = z.strictObject({
  courseId: courseIdSchema,
  baseVersion: versionSchema,
  lessonIds: z.array(lessonIdSchema).max(AUTHORING_LIMITS.lessons),
});

export const moveLessonSchema = z.strictObject({
  courseId: courseIdSchema,
  baseVersion: versionSchema,
  lessonId: lessonIdSchema,
  direction: z.enum(["up", "down"]),
});

export const courseCoachSchema = z.strictObject({
  courseId: courseIdSchema,
  userId: z.uuid("That is not a valid user id."),
});

export const createLessonSchema = z.strictObject({
  courseId: courseIdSchema,
  slug: contentSlug,
  title,
});

export const saveLessonDraftSchema = z.strictObject({
  lessonId: lessonIdSchema,
  baseVersion: versionSchema,
  title,
  summary: prose(AUTHORING_LIMITS.summary, "summary"),
  minutes,
  objectives: z.array(contentSlug).max(AUTHORING_LIMITS.objectives),
  bodyMarkdown: safeText().max(
    AUTHORING_LIMITS.bodyMarkdown,
    `Keep the lesson under ${AUTHORING_LIMITS.bodyMarkdown} characters.`,
  ),
  /** The check quiz's slug; omitted keeps the current link, null removes it. */
  quizSlug: contentSlug.nullable().optional(),
});

export const createQuizSchema = z.strictObject({
  courseId: courseIdSchema,
  slug: contentSlug,
  title,
  kind: z.enum(["lesson_check", "final"]),
});

/**
 * A quiz draft save: the engine's shapes, possibly incomplete (see quiz-draft-schema.ts); the
 * content is stored as sent and checked in full at publish.
 */
export const saveQuizDraftSchema = z
  .strictObject({
    quizId: quizIdSchema,
    baseVersion: versionSchema,
    title,
    passPercent: z
      .number({ error: "The pass mark is a number from 0 to 100." })
      .int("The pass mark is a whole number.")
      .min(0, "The pass mark is 0 or more.")
      .max(100, "The pass mark cannot be above 100."),
    settings: z.record(z.string(), z.unknown(), { error: "Settings must be an object." }),
    questions: z
      .array(z.unknown())
      .max(AUTHORING_LIMITS.questions, `Keep a quiz to ${AUTHORING_LIMITS.questions} questions.`),
  })
  .superRefine(checkQuizDraft);

/** Procedures on one document name it by exactly one of these. */
export const documentKeys = {
  course: "courseId",
  lesson: "lessonId",
  quiz: "quizId",
} as const;

export const courseRefSchema = z.strictObject({ courseId: courseIdSchema });
export const lessonRefSchema = z.strictObject({ lessonId: lessonIdSchema });
export const quizRefSchema = z.strictObject({ quizId: quizIdSchema });

export const presenceSchema = z.union([courseRefSchema, lessonRefSchema, quizRefSchema], {
  error: "Name the open course, lesson or quiz.",
});

/** One word for a course's spelling list: letters, with inner apostrophes or hyphens. */
export const courseWordSchema = z
  .string()
  .trim()
  .min(1, "Enter a word.")
  .max(40, "Keep each word under 40 characters.")
  .regex(
    /^\p{L}+(?:['’-]\p{L}+)*$/u,
    "A course word is one word: letters, with an apostrophe or hyphen inside it if needed.",
  );

export const addCourseWordsSchema = z.strictObject({
  courseId: courseIdSchema,
  words: z
    .array(courseWordSchema)
    .min(1, "Enter at least one word.")
    .max(50, "Add at most 50 words at a time."),
});

export const removeCourseWordSchema = z.strictObject({
  courseId: courseIdSchema,
  word: courseWordSchema,
});
