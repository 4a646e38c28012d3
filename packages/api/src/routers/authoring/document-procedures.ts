import "server-only";
import { TRPCError } from "@trpc/server";
import { and, asc, eq, inArray } from "drizzle-orm";
import { z } from "zod";
import { recordAudit, type AuditAction } from "@soleus/auth/audit";
import type { Executor } from "@soleus/auth/db-types";
import {
  lockDraft,
  publishDocument,
  readDocument,
  restoreRevision,
  saveDraft,
  takeSourceVersion,
  unpublishDocument,
  type DocumentState,
  type SaveConflict,
  type SaveResult,
} from "@soleus/db/authoring";
import type { ContentByKind, RevisionRecord } from "@soleus/db/authoring/content-kinds";
import { contentPublications, users, type DocumentKind } from "@soleus/db/schema";
import { draftConflict, publishRefused, type PublishProblem } from "../../trpc/authoring-errors";
import type { ApiContext } from "../../trpc/context";
import { courseProcedure } from "../../trpc/course-procedure";
import { revisionIdSchema, versionSchema } from "./authoring.schema";
import { isArchived } from "./publish-checks";

type Transaction = Parameters<Parameters<ApiContext["db"]["transaction"]>[0]>[0];
type Ctx = ApiContext & { user: { id: string }; courseId: string };

const KEYS = { course: "courseId", lesson: "lessonId", quiz: "quizId" } as const;
const NOUN = { course: "course", lesson: "lesson", quiz: "quiz" } as const;
const idSchemas = {
  course: z.uuid("That is not a valid course id."),
  lesson: z.uuid("That is not a valid lesson id."),
  quiz: z.uuid("That is not a valid quiz id."),
} as const;

export interface Person {
  id: string;
  name: string | null;
}

async function peopleById(db: Executor, ids: (string | null | undefined)[]) {
  const wanted = [...new Set(ids.filter((id): id is string => typeof id === "string"))];
  if (wanted.length === 0) return new Map<string, Person>();
  const rows = await db
    .select({ id: users.id, name: users.name })
    .from(users)
    .where(inArray(users.id, wanted));
  return new Map(rows.map((row) => [row.id, row]));
}

function notFound(kind: DocumentKind): TRPCError {
  return new TRPCError({ code: "NOT_FOUND", message: `There is no such ${NOUN[kind]}.` });
}

/** A save's outcome as the client sees it: the new version, or a CONFLICT carrying both versions. */
export async function settleSave<K extends DocumentKind>(
  db: Executor,
  result: SaveResult | SaveConflict<K>,
): Promise<SaveResult> {
  if ("version" in result) return result;
  const people = await peopleById(db, [result.conflict.updatedBy]);
  const by = result.conflict.updatedBy;
  throw draftConflict({
    ...result.conflict,
    updatedBy: by ? (people.get(by) ?? { id: by, name: null }) : null,
  });
}

/** The editor's view of a document: working copy and version, published revision, source update. */
export async function documentView<K extends DocumentKind>(db: Executor, state: DocumentState<K>) {
  const people = await peopleById(db, [state.draft?.updatedBy]);
  const revisionSummary = (revision: RevisionRecord<K> | null) =>
    revision
      ? {
          revisionId: revision.id,
          revision: revision.revision,
          source: revision.source,
          createdAt: revision.createdAt,
          content: revision.content,
        }
      : null;
  return {
    id: state.row.id,
    courseId: state.row.courseId,
    slug: state.row.slug,
    version: state.version,
    content: state.content,
    draft: state.draft
      ? {
          updatedAt: state.draft.updatedAt,
          updatedBy: state.draft.updatedBy
            ? (people.get(state.draft.updatedBy) ?? { id: state.draft.updatedBy, name: null })
            : null,
          hasUnpublishedChanges: state.draft.changed,
        }
      : null,
    published: revisionSummary(state.published),
    sourceUpdate: state.sourceUpdate
      ? {
          ...revisionSummary(state.sourceUpdate.revision),
          detectedAt: state.sourceUpdate.detectedAt,
        }
      : null,
  };
}

export async function readOrThrow<K extends DocumentKind>(
  db: Executor,
  kind: K,
  id: string,
  forUpdate = false,
): Promise<DocumentState<K>> {
  const state = await readDocument(db, kind, id, { forUpdate });
  if (!state) throw notFound(kind);
  return state;
}

async function audit(
  ctx: Ctx,
  tx: Transaction,
  action: AuditAction,
  kind: DocumentKind,
  id: string,
  details: Record<string, unknown>,
) {
  await recordAudit(tx, {
    actorId: ctx.user.id,
    action,
    targetType: kind,
    targetId: id,
    details: { courseId: ctx.courseId, ...details },
    ip: ctx.ip,
    at: ctx.now(),
  });
}

/** Saves `content` as the draft of a document in the caller's course, or throws CONFLICT. */
export async function saveDocument<K extends DocumentKind>(
  ctx: Ctx,
  kind: K,
  id: string,
  baseVersion: number,
  build: (current: ContentByKind[K] | null) => ContentByKind[K],
): Promise<SaveResult> {
  const result = await ctx.db.transaction(async (tx): Promise<SaveResult | SaveConflict<K>> => {
    // Every save after the first (autosave, every second or two): the locked draft row is all
    // it needs — not the document's revisions, which grow with every publish.
    const draft = await lockDraft(tx, kind, id);
    if (draft) {
      if (draft.version !== baseVersion)
        return {
          conflict: {
            baseVersion,
            currentVersion: draft.version,
            currentContent: draft.content,
            updatedAt: draft.updatedAt,
            updatedBy: draft.updatedBy,
          },
        };
      return saveDraft(tx, {
        kind,
        documentId: id,
        baseVersion,
        content: build(draft.content),
        userId: ctx.user.id,
        now: ctx.now(),
      });
    }
    const state = await readOrThrow(tx, kind, id, true);
    // A stale save is a conflict before anything else (even before the new content is built).
    if (state.version !== baseVersion)
      return {
        conflict: {
          baseVersion,
          currentVersion: state.version,
          currentContent: state.content,
          updatedAt: state.draft?.updatedAt ?? null,
          updatedBy: state.draft?.updatedBy ?? null,
        },
      };
    return saveDraft(tx, {
      kind,
      documentId: id,
      baseVersion,
      content: build(state.content),
      userId: ctx.user.id,
      now: ctx.now(),
    });
  });
  return settleSave(ctx.db, result);
}

/**
 * The procedures every kind of content shares — one draft/publish mechanism (decision 0024):
 * get, publish, unpublish, revisions, revision, restore, takeSourceVersion. Saving is per kind
 * (its fields differ) through `saveDocument`.
 */
export function documentProcedures<K extends DocumentKind>(
  kind: K,
  check: (db: Executor, state: DocumentState<K>) => Promise<PublishProblem[]>,
  /** What a kind adds to a publish's answer (quizzes: attempts on earlier revisions). */
  afterPublish?: (db: Executor, id: string, revisionId: string) => Promise<object>,
) {
  type Key = (typeof KEYS)[K];
  const key: Key = KEYS[kind];
  const id = idSchemas[kind];
  // Built from the kind's key; typed as the object they parse to, so clients see `{ lessonId }`.
  const idOnly = z.strictObject({ [key]: id }) as unknown as z.ZodType<Record<Key, string>>;
  const withVersion = z.strictObject({
    [key]: id,
    baseVersion: versionSchema,
  }) as unknown as z.ZodType<Record<Key, string> & { baseVersion: number }>;
  const withRevision = z.strictObject({
    [key]: id,
    revisionId: revisionIdSchema,
  }) as unknown as z.ZodType<Record<Key, string> & { revisionId: string }>;
  const restoreInput = z.strictObject({
    [key]: id,
    revisionId: revisionIdSchema,
    baseVersion: versionSchema,
  }) as unknown as z.ZodType<Record<Key, string> & { revisionId: string; baseVersion: number }>;
  const idOf = (input: Record<Key, string>): string => input[key];
  type IdIn = Record<Key, string>;
  type VersionIn = IdIn & { baseVersion: number };
  type RevisionIn = IdIn & { revisionId: string };
  type RestoreIn = RevisionIn & { baseVersion: number };

  return {
    /** The working copy (draft, else newest revision) with its version, the published revision and any source update. */
    get: courseProcedure.input(idOnly).query(async ({ ctx, input: raw }) => {
      const input = raw as IdIn;
      return documentView(ctx.db, await readOrThrow(ctx.db, kind, idOf(input)));
    }),

    /**
     * Publishes the working copy at `baseVersion` after the content:check rules pass; CONFLICT
     * when the draft moved on, BAD_REQUEST listing the problems when it is not fit to publish.
     */
    publish: courseProcedure.input(withVersion).mutation(async ({ ctx, input: raw }) => {
      const input = raw as VersionIn;
      const id = idOf(input);
      const conflictWith = (state: DocumentState<K>) =>
        settleSave(ctx.db, {
          conflict: {
            baseVersion: input.baseVersion,
            currentVersion: state.version,
            currentContent: state.content,
            updatedAt: state.draft?.updatedAt ?? null,
            updatedBy: state.draft?.updatedBy ?? null,
          },
        });
      // The checks (rendering, item checks, spelling) take a while: they run before the
      // transaction, on the version the caller named; the transaction then locks the draft and
      // publishes only if that version is still the current one.
      const checked = await readOrThrow(ctx.db, kind, id);
      if (checked.version !== input.baseVersion) await conflictWith(checked);
      if (await isArchived(ctx.db, ctx.courseId))
        throw new TRPCError({
          code: "BAD_REQUEST",
          message: "This course is archived. Bring it back from the archive before publishing.",
        });
      const problems = await check(ctx.db, checked);
      if (problems.length > 0) throw publishRefused(NOUN[kind], problems);
      return ctx.db.transaction(async (tx) => {
        const state = await readOrThrow(tx, kind, id, true);
        if (state.version !== input.baseVersion) await conflictWith(state);
        const published = await publishDocument(tx, {
          kind,
          documentId: id,
          state,
          userId: ctx.user.id,
          now: ctx.now(),
        });
        await audit(ctx, tx, "content.published", kind, id, {
          revision: published.revision,
          revisionId: published.revisionId,
        });
        const extra = afterPublish ? await afterPublish(tx, id, published.revisionId) : {};
        return { ...published, ...extra };
      });
    }),

    /** Takes the document off the learner site (its revisions and draft stay). */
    unpublish: courseProcedure.input(idOnly).mutation(async ({ ctx, input: raw }) => {
      const input = raw as IdIn;
      const id = idOf(input);
      return ctx.db.transaction(async (tx) => {
        await readOrThrow(tx, kind, id, true);
        const changed = await unpublishDocument(tx, {
          kind,
          documentId: id,
          userId: ctx.user.id,
          now: ctx.now(),
        });
        if (changed) await audit(ctx, tx, "content.unpublished", kind, id, {});
        return { unpublished: changed };
      });
    }),

    /** Every revision, newest first: who wrote it, when, where from, and when it was published. */
    revisions: courseProcedure.input(idOnly).query(async ({ ctx, input: raw }) => {
      const input = raw as IdIn;
      const id = idOf(input);
      const state = await readOrThrow(ctx.db, kind, id);
      const publications = await ctx.db
        .select()
        .from(contentPublications)
        .where(and(eq(contentPublications.kind, kind), eq(contentPublications.documentId, id)))
        .orderBy(asc(contentPublications.at));
      const people = await peopleById(ctx.db, [
        ...state.revisions.map((revision) => revision.createdBy),
        ...publications.map((publication) => publication.actorId),
      ]);
      const person = (personId: string | null) =>
        personId ? (people.get(personId) ?? { id: personId, name: null }) : null;
      return state.revisions.map((revision) => {
        const published = publications.filter(
          (entry) => entry.revisionId === revision.id && entry.action === "publish",
        );
        const first = published[0];
        return {
          revisionId: revision.id,
          revision: revision.revision,
          source: revision.source,
          createdAt: revision.createdAt,
          createdBy: person(revision.createdBy),
          isPublished: state.published?.id === revision.id,
          wasPublished: published.length > 0,
          firstPublishedAt: first?.at ?? null,
          firstPublishedBy: first ? person(first.actorId) : null,
          isSourceUpdate: state.sourceUpdate?.revision.id === revision.id,
        };
      });
    }),

    /** One revision with its full content. */
    revision: courseProcedure.input(withRevision).query(async ({ ctx, input: raw }) => {
      const input = raw as RevisionIn;
      const state = await readOrThrow(ctx.db, kind, idOf(input));
      const revision = state.revisions.find((candidate) => candidate.id === input.revisionId);
      if (!revision)
        throw new TRPCError({ code: "NOT_FOUND", message: "There is no such revision." });
      return {
        revisionId: revision.id,
        revision: revision.revision,
        source: revision.source,
        createdAt: revision.createdAt,
        content: revision.content,
      };
    }),

    /** Makes an old revision's content the draft (a new draft version); nothing is published. */
    restore: courseProcedure.input(restoreInput).mutation(async ({ ctx, input: raw }) => {
      const input = raw as RestoreIn;
      const id = idOf(input);
      const result = await ctx.db.transaction(async (tx) => {
        await readOrThrow(tx, kind, id, true);
        const restored = await restoreRevision(tx, {
          kind,
          documentId: id,
          revisionId: input.revisionId,
          baseVersion: input.baseVersion,
          userId: ctx.user.id,
          now: ctx.now(),
        });
        if (!restored)
          throw new TRPCError({ code: "NOT_FOUND", message: "There is no such revision." });
        if ("version" in restored)
          await audit(ctx, tx, "content.restored", kind, id, { revisionId: input.revisionId });
        return restored;
      });
      return settleSave(ctx.db, result);
    }),

    /** "Take the source version": the built-in files' newer content becomes the draft. */
    takeSourceVersion: courseProcedure.input(withVersion).mutation(async ({ ctx, input: raw }) => {
      const input = raw as VersionIn;
      const id = idOf(input);
      const result = await ctx.db.transaction(async (tx) => {
        await readOrThrow(tx, kind, id, true);
        const taken = await takeSourceVersion(tx, {
          kind,
          documentId: id,
          baseVersion: input.baseVersion,
          userId: ctx.user.id,
          now: ctx.now(),
        });
        if (!taken)
          throw new TRPCError({
            code: "NOT_FOUND",
            message: "The built-in source has no newer version of this.",
          });
        if ("version" in taken) await audit(ctx, tx, "content.source_taken", kind, id, {});
        return taken;
      });
      return settleSave(ctx.db, result);
    }),
  };
}
