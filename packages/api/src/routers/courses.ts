import { TRPCError, type TRPCRouterRecord } from "@trpc/server";
import { asc, desc, eq, sql } from "drizzle-orm";
import { courseRevisions, courses } from "@soleus/db/schema";
import { getCourseOutline } from "../content/get-course-outline";
import { getPublishedLesson } from "../content/get-published-lesson";
import { courseAddressSchema, lessonAddressSchema } from "../content/inputs";
import { listPublishedCourses } from "../content/list-published-courses";
import { coursePublished } from "../content/published";
import { manageableCourses } from "../trpc/course-access";
import { coachProcedure, publicProcedure } from "../trpc/procedures";

/** Published courses and lessons, for everyone (the learner site). */
export const publishedCoursesRouter = {
  list: publicProcedure.query(({ ctx }) => listPublishedCourses(ctx.db)),
  get: publicProcedure.input(courseAddressSchema).query(async ({ ctx, input }) => {
    const outline = await getCourseOutline(ctx.db, input.course);
    if (!outline) throw new TRPCError({ code: "NOT_FOUND", message: "There is no such course." });
    return outline;
  }),
  lesson: publicProcedure.input(lessonAddressSchema).query(async ({ ctx, input }) => {
    const lesson = await getPublishedLesson(ctx.db, input.course, input.lesson);
    if (!lesson) throw new TRPCError({ code: "NOT_FOUND", message: "There is no such lesson." });
    return lesson;
  }),
} satisfies TRPCRouterRecord;

/** Courses with their drafts, for the people who manage them (the admin app). */
export const manageableCoursesRouter = {
  /** Every course the caller may manage, drafts included (coaches: owned or assigned; admins: all). */
  listManageable: coachProcedure.query(({ ctx }) => {
    const latestTitle = ctx.db
      .select({ title: courseRevisions.title })
      .from(courseRevisions)
      .where(eq(courseRevisions.courseId, courses.id))
      .orderBy(desc(courseRevisions.revision))
      .limit(1);
    return ctx.db
      .select({
        id: courses.id,
        slug: courses.slug,
        title: sql<string | null>`(${latestTitle})`,
        published: sql<boolean>`coalesce(${coursePublished}, false)`,
        ownerId: courses.ownerId,
      })
      .from(courses)
      .where(manageableCourses(ctx.db, ctx.user))
      .orderBy(asc(courses.slug));
  }),
} satisfies TRPCRouterRecord;
