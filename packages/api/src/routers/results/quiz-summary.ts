import { and, eq, sql } from "drizzle-orm";
import { z } from "zod";
import { quizAttempts, quizRevisions, quizzes } from "@soleus/db/schema";
import { assertCanManageCourse } from "../../trpc/course-access";
import { coachProcedure } from "../../trpc/procedures";

/** One line per quiz of a course (the first results view; `overview` supersedes it). */
export const quizOverview = coachProcedure
  .input(z.strictObject({ courseId: z.uuid("That is not a valid course id.") }))
  .query(async ({ ctx, input }) => {
    await assertCanManageCourse(ctx.db, ctx.user, input.courseId);
    return ctx.db
      .select({
        quizId: quizzes.id,
        slug: quizzes.slug,
        kind: quizzes.kind,
        title: sql<
          string | null
        >`(select ${quizRevisions.title} from ${quizRevisions} where ${quizRevisions.id} = ${quizzes.publishedRevisionId})`,
        submittedAttempts: sql<number>`count(${quizAttempts.id})::int`,
        learners: sql<number>`count(distinct ${quizAttempts.userId})::int`,
        averagePercent: sql<number | null>`avg(${quizAttempts.percent})::float8`,
        passRate: sql<
          number | null
        >`(avg(case when ${quizAttempts.passed} then 100.0 else 0 end))::float8`,
      })
      .from(quizzes)
      .leftJoin(
        quizAttempts,
        and(eq(quizAttempts.quizId, quizzes.id), eq(quizAttempts.status, "submitted")),
      )
      .where(eq(quizzes.courseId, input.courseId))
      .groupBy(quizzes.id)
      .orderBy(quizzes.slug);
  });
