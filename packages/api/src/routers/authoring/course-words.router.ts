import "server-only";
import { TRPCError, type TRPCRouterRecord } from "@trpc/server";
import { eq } from "drizzle-orm";
import { recordAudit } from "@soleus/auth/audit";
import type { Executor } from "@soleus/auth/db-types";
import { courses } from "@soleus/db/schema";
import { courseProcedure } from "../../trpc/course-procedure";
import { addCourseWordsSchema, courseRefSchema, removeCourseWordSchema } from "./authoring.schema";

/** At most this many words a coach may add to one course. */
export const COURSE_WORDS_LIMIT = 500;

const byWord = new Intl.Collator("en-GB", { sensitivity: "base" });

async function lockedWords(tx: Executor, courseId: string) {
  const [row] = await tx
    .select({ fromFiles: courses.spellingWords, fromCoaches: courses.coachSpellingWords })
    .from(courses)
    .where(eq(courses.id, courseId))
    .for("update");
  if (!row) throw new TRPCError({ code: "NOT_FOUND", message: "There is no such course." });
  return row;
}

/**
 * A course's own words for the spelling check: those from its files (the import's, read-only
 * here) and those coaches added. Adding and removing are per word, so two coaches changing the
 * list at once both keep their change (no whole-list overwrite).
 */
export const authoringCourseWordsRouter = {
  list: courseProcedure.input(courseRefSchema).query(async ({ ctx, input }) => {
    const [row] = await ctx.db
      .select({ fromFiles: courses.spellingWords, fromCoaches: courses.coachSpellingWords })
      .from(courses)
      .where(eq(courses.id, input.courseId));
    if (!row) throw new TRPCError({ code: "NOT_FOUND", message: "There is no such course." });
    return {
      fromFiles: [...row.fromFiles].sort(byWord.compare),
      fromCoaches: [...row.fromCoaches].sort(byWord.compare),
      limit: COURSE_WORDS_LIMIT,
    };
  }),

  /** Adds words (those already listed are skipped); audited when the list changed. */
  add: courseProcedure.input(addCourseWordsSchema).mutation(({ ctx, input }) =>
    ctx.db.transaction(async (tx) => {
      const { fromFiles, fromCoaches } = await lockedWords(tx, input.courseId);
      const known = new Set([...fromFiles, ...fromCoaches]);
      const added = [...new Set(input.words)].filter((word) => !known.has(word));
      if (fromCoaches.length + added.length > COURSE_WORDS_LIMIT)
        throw new TRPCError({
          code: "BAD_REQUEST",
          message: `A course can have at most ${String(COURSE_WORDS_LIMIT)} added words; remove some first.`,
        });
      if (added.length > 0) {
        await tx
          .update(courses)
          .set({ coachSpellingWords: [...fromCoaches, ...added] })
          .where(eq(courses.id, input.courseId));
        await recordAudit(tx, {
          actorId: ctx.user.id,
          action: "course.spelling_words_changed",
          targetType: "course",
          targetId: input.courseId,
          details: { added },
          ip: ctx.ip,
          at: ctx.now(),
        });
      }
      return { added, alreadyListed: input.words.filter((word) => known.has(word)) };
    }),
  ),

  /** Removes one word a coach added (words from the course files stay: edit the file). */
  remove: courseProcedure.input(removeCourseWordSchema).mutation(({ ctx, input }) =>
    ctx.db.transaction(async (tx) => {
      const { fromFiles, fromCoaches } = await lockedWords(tx, input.courseId);
      if (!fromCoaches.includes(input.word)) {
        if (fromFiles.includes(input.word))
          throw new TRPCError({
            code: "BAD_REQUEST",
            message: `"${input.word}" comes from the course's files and is kept with them.`,
          });
        return { removed: false };
      }
      await tx
        .update(courses)
        .set({ coachSpellingWords: fromCoaches.filter((word) => word !== input.word) })
        .where(eq(courses.id, input.courseId));
      await recordAudit(tx, {
        actorId: ctx.user.id,
        action: "course.spelling_words_changed",
        targetType: "course",
        targetId: input.courseId,
        details: { removed: [input.word] },
        ip: ctx.ip,
        at: ctx.now(),
      });
      return { removed: true };
    }),
  ),
} satisfies TRPCRouterRecord;
