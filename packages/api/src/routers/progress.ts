import { TRPCError, type TRPCRouterRecord } from "@trpc/server";
import { and, eq, max, sql } from "drizzle-orm";
import { courses, lessonProgress, lessons, quizAttempts, quizzes } from "@soleus/db/schema";
import { courseAddressSchema, lessonAddressSchema } from "../content/inputs";
import { learnerProcedure } from "../trpc/procedures";
import { lessonPublished } from "../content/published";
import { courseCompletion } from "./course-completion";
import { progressOverview } from "./progress-overview";

/** A learner's own reading progress and quiz standing; there is no way to name someone else. */
export const progressRouter = {
  markLessonComplete: learnerProcedure
    .input(lessonAddressSchema)
    .mutation(async ({ ctx, input }) => {
      const [lesson] = await ctx.db
        .select({ id: lessons.id })
        .from(lessons)
        .innerJoin(courses, eq(courses.id, lessons.courseId))
        .where(and(eq(courses.slug, input.course), eq(lessons.slug, input.lesson), lessonPublished))
        .limit(1);
      if (!lesson) throw new TRPCError({ code: "NOT_FOUND", message: "There is no such lesson." });
      await ctx.db
        .insert(lessonProgress)
        .values({ userId: ctx.user.id, lessonId: lesson.id, completedAt: ctx.now() })
        .onConflictDoNothing();
      return { course: input.course, lesson: input.lesson, completed: true };
    }),
  mine: learnerProcedure.input(courseAddressSchema).query(async ({ ctx, input }) => {
    const completed = await ctx.db
      .select({ lesson: lessons.slug, completedAt: lessonProgress.completedAt })
      .from(lessonProgress)
      .innerJoin(lessons, eq(lessons.id, lessonProgress.lessonId))
      .innerJoin(courses, eq(courses.id, lessons.courseId))
      .where(and(eq(lessonProgress.userId, ctx.user.id), eq(courses.slug, input.course)));
    const quizStanding = await ctx.db
      .select({
        quiz: quizzes.slug,
        attempts: sql<number>`count(*)::int`,
        bestPercent: max(quizAttempts.percent),
        passed: sql<boolean>`coalesce(bool_or(${quizAttempts.passed}), false)`,
      })
      .from(quizAttempts)
      .innerJoin(quizzes, eq(quizzes.id, quizAttempts.quizId))
      .innerJoin(courses, eq(courses.id, quizzes.courseId))
      .where(
        and(
          eq(quizAttempts.userId, ctx.user.id),
          eq(courses.slug, input.course),
          eq(quizAttempts.status, "submitted"),
        ),
      )
      .groupBy(quizzes.slug);
    return { course: input.course, completedLessons: completed, quizzes: quizStanding };
  }),
  completion: learnerProcedure
    .input(courseAddressSchema)
    .query(({ ctx, input }) => courseCompletion(ctx.db, ctx.user.id, input.course)),
  overview: learnerProcedure.query(({ ctx }) => progressOverview(ctx.db, ctx.user.id)),
} satisfies TRPCRouterRecord;
