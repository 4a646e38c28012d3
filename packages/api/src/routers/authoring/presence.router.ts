import "server-only";
import type { TRPCRouterRecord } from "@trpc/server";
import { and, asc, eq, gt, lt, ne } from "drizzle-orm";
import { documentPresence, users, type DocumentKind } from "@soleus/db/schema";
import { courseProcedure } from "../../trpc/course-procedure";
import { presenceSchema } from "./authoring.schema";
import type { ApiContext } from "../../trpc/context";

/** A person counts as "has it open" for this long after their last heartbeat (send one every 15 s). */
export const PRESENCE_ACTIVE_MS = 45_000;
/** Rows older than this are deleted by the next heartbeat on the document. */
export const PRESENCE_EXPIRE_MS = 10 * 60_000;

function documentOf(input: { courseId: string } | { lessonId: string } | { quizId: string }): {
  kind: DocumentKind;
  documentId: string;
} {
  if ("lessonId" in input) return { kind: "lesson", documentId: input.lessonId };
  if ("quizId" in input) return { kind: "quiz", documentId: input.quizId };
  return { kind: "course", documentId: input.courseId };
}

async function othersOn(
  ctx: ApiContext & { user: { id: string } },
  kind: DocumentKind,
  documentId: string,
) {
  const since = new Date(ctx.now().getTime() - PRESENCE_ACTIVE_MS);
  return ctx.db
    .select({
      userId: users.id,
      name: users.name,
      role: users.role,
      lastSeenAt: documentPresence.lastSeenAt,
    })
    .from(documentPresence)
    .innerJoin(users, eq(users.id, documentPresence.userId))
    .where(
      and(
        eq(documentPresence.kind, kind),
        eq(documentPresence.documentId, documentId),
        ne(documentPresence.userId, ctx.user.id),
        gt(documentPresence.lastSeenAt, since),
      ),
    )
    .orderBy(asc(users.name));
}

/**
 * Who else has a course, lesson or quiz open in the editor. Stored in the database, so every
 * app instance sees the same people.
 */
export const authoringPresenceRouter = {
  /** "I have this open": records the caller and returns the others who have it open. */
  heartbeat: courseProcedure.input(presenceSchema).mutation(async ({ ctx, input }) => {
    const { kind, documentId } = documentOf(input);
    const now = ctx.now();
    await ctx.db.transaction(async (tx) => {
      await tx
        .insert(documentPresence)
        .values({ kind, documentId, userId: ctx.user.id, lastSeenAt: now })
        .onConflictDoUpdate({
          target: [documentPresence.kind, documentPresence.documentId, documentPresence.userId],
          set: { lastSeenAt: now },
        });
      await tx
        .delete(documentPresence)
        .where(lt(documentPresence.lastSeenAt, new Date(now.getTime() - PRESENCE_EXPIRE_MS)));
    });
    return { others: await othersOn(ctx, kind, documentId), activeForMs: PRESENCE_ACTIVE_MS };
  }),

  /** The others who have the document open now (the caller left out). */
  list: courseProcedure.input(presenceSchema).query(async ({ ctx, input }) => {
    const { kind, documentId } = documentOf(input);
    return { others: await othersOn(ctx, kind, documentId), activeForMs: PRESENCE_ACTIVE_MS };
  }),

  /** "I closed it": removes the caller's row at once. */
  leave: courseProcedure.input(presenceSchema).mutation(async ({ ctx, input }) => {
    const { kind, documentId } = documentOf(input);
    await ctx.db
      .delete(documentPresence)
      .where(
        and(
          eq(documentPresence.kind, kind),
          eq(documentPresence.documentId, documentId),
          eq(documentPresence.userId, ctx.user.id),
        ),
      );
    return { left: true };
  }),
} satisfies TRPCRouterRecord;
