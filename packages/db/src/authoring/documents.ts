import { and, eq, sql } from "drizzle-orm";
import type { Transaction } from "../client";
import { contentDrafts, contentPublications, sourceUpdates, type DocumentKind } from "../schema";
import {
  findDocumentRow,
  hashContent,
  insertRevision,
  listRevisionRecords,
  setPublishedRevision,
  type ContentByKind,
  type DocumentRow,
  type Executor,
  type RevisionRecord,
} from "./content-kinds";

/**
 * The one draft/publish mechanism for every kind of content (docs/decisions/0024). A document's
 * working copy is its draft row when there is one, else its newest revision; `version` 0 means
 * "no draft row yet". Every function that changes something takes the caller's transaction.
 */
export interface DocumentState<K extends DocumentKind> {
  row: DocumentRow;
  /** The draft version every save must name (0 before the first save). */
  version: number;
  /** The working copy: the draft, else the newest revision; null for content never written. */
  content: ContentByKind[K] | null;
  draft: {
    updatedAt: Date;
    updatedBy: string | null;
    baseRevisionId: string | null;
    /** True when the draft differs from the revision it started from (unpublished changes). */
    changed: boolean;
  } | null;
  /** Newest first. */
  revisions: RevisionRecord<K>[];
  published: RevisionRecord<K> | null;
  /** The revision the working copy is (or started from). */
  workingRevisionId: string | null;
  /** The built-in files' newer content, kept aside because a coach had edited this document. */
  sourceUpdate: { revision: RevisionRecord<K>; detectedAt: Date } | null;
}

export async function readDocument<K extends DocumentKind>(
  db: Executor,
  kind: K,
  documentId: string,
  options: { forUpdate?: boolean } = {},
): Promise<DocumentState<K> | null> {
  const row = await findDocumentRow(db, kind, documentId);
  if (!row) return null;
  const draftQuery = db
    .select()
    .from(contentDrafts)
    .where(and(eq(contentDrafts.kind, kind), eq(contentDrafts.documentId, documentId)));
  const [draft] = options.forUpdate ? await draftQuery.for("update") : await draftQuery;
  const revisions = await listRevisionRecords(db, kind, documentId);
  const [update] = await db
    .select()
    .from(sourceUpdates)
    .where(and(eq(sourceUpdates.kind, kind), eq(sourceUpdates.documentId, documentId)));
  const byId = (id: string | null | undefined) =>
    revisions.find((revision) => revision.id === id) ?? null;
  const base = byId(draft?.baseRevisionId);
  const sourceRevision = byId(update?.revisionId);
  const published = byId(row.publishedRevisionId);
  // Without a draft the working copy is what learners see, else the newest revision that is not
  // a built-in source update waiting to be taken.
  const working =
    published ?? revisions.find((revision) => revision.id !== update?.revisionId) ?? null;
  return {
    row,
    version: draft?.version ?? 0,
    content: draft ? (draft.content as unknown as ContentByKind[K]) : (working?.content ?? null),
    draft: draft
      ? {
          updatedAt: draft.updatedAt,
          updatedBy: draft.updatedBy,
          baseRevisionId: draft.baseRevisionId,
          changed: !base || hashContent(base.content) !== draft.contentHash,
        }
      : null,
    revisions,
    published,
    workingRevisionId: draft ? draft.baseRevisionId : (working?.id ?? null),
    sourceUpdate:
      update && sourceRevision ? { revision: sourceRevision, detectedAt: update.detectedAt } : null,
  };
}

/**
 * The draft row alone, locked for the caller's transaction (null before the first save): what a
 * save needs to compare versions and build on, without the revisions and source update that
 * `readDocument` also loads. Its `version` and `content` are `readDocument`'s when a draft exists.
 */
export async function lockDraft<K extends DocumentKind>(
  tx: Transaction,
  kind: K,
  documentId: string,
): Promise<{
  version: number;
  content: ContentByKind[K];
  updatedAt: Date;
  updatedBy: string | null;
} | null> {
  const [draft] = await tx
    .select({
      version: contentDrafts.version,
      content: contentDrafts.content,
      updatedAt: contentDrafts.updatedAt,
      updatedBy: contentDrafts.updatedBy,
    })
    .from(contentDrafts)
    .where(and(eq(contentDrafts.kind, kind), eq(contentDrafts.documentId, documentId)))
    .for("update");
  return draft ? { ...draft, content: draft.content as unknown as ContentByKind[K] } : null;
}

export interface SaveConflict<K extends DocumentKind> {
  conflict: {
    /** The version the caller's save started from. */
    baseVersion: number;
    /** The draft as it is now: its version and content. */
    currentVersion: number;
    currentContent: ContentByKind[K] | null;
    updatedAt: Date | null;
    updatedBy: string | null;
  };
}
export interface SaveResult {
  version: number;
  savedAt: Date;
}

/**
 * Writes the draft when `baseVersion` is the draft's current version, else reports a conflict
 * with both versions and changes nothing. Concurrent saves from the same base: exactly one wins.
 */
export async function saveDraft<K extends DocumentKind>(
  tx: Transaction,
  input: {
    kind: K;
    documentId: string;
    baseVersion: number;
    content: ContentByKind[K];
    userId: string | null;
    now: Date;
  },
): Promise<SaveResult | SaveConflict<K>> {
  const { kind, documentId, baseVersion, content, userId, now } = input;
  const conflict = async (): Promise<SaveConflict<K>> => {
    const state = await readDocument(tx, kind, documentId);
    return {
      conflict: {
        baseVersion,
        currentVersion: state?.version ?? 0,
        currentContent: state?.content ?? null,
        updatedAt: state?.draft?.updatedAt ?? null,
        updatedBy: state?.draft?.updatedBy ?? null,
      },
    };
  };
  const values = {
    content: content as unknown as Record<string, unknown>,
    contentHash: hashContent(content),
    updatedBy: userId,
    updatedAt: now,
  };
  if (baseVersion === 0) {
    const state = await readDocument(tx, kind, documentId);
    const [inserted] = await tx
      .insert(contentDrafts)
      .values({
        kind,
        documentId,
        version: 1,
        baseRevisionId: state?.workingRevisionId ?? null,
        ...values,
      })
      .onConflictDoNothing()
      .returning({ version: contentDrafts.version });
    return inserted ? { version: inserted.version, savedAt: now } : conflict();
  }
  const [updated] = await tx
    .update(contentDrafts)
    .set({ ...values, version: sql`${contentDrafts.version} + 1` })
    .where(
      and(
        eq(contentDrafts.kind, kind),
        eq(contentDrafts.documentId, documentId),
        eq(contentDrafts.version, baseVersion),
      ),
    )
    .returning({ version: contentDrafts.version });
  return updated ? { version: updated.version, savedAt: now } : conflict();
}

/**
 * Makes the draft (after `afterWrite` saw it) the revision a document's draft now starts from:
 * bumps the version so any editor still holding the old one gets a conflict, not an overwrite.
 */
async function rebaseDraft(
  tx: Transaction,
  kind: DocumentKind,
  documentId: string,
  revisionId: string,
  content: ContentByKind[DocumentKind],
  userId: string | null,
  now: Date,
): Promise<number> {
  const [row] = await tx
    .insert(contentDrafts)
    .values({
      kind,
      documentId,
      version: 1,
      baseRevisionId: revisionId,
      content: content as unknown as Record<string, unknown>,
      contentHash: hashContent(content),
      updatedBy: userId,
      updatedAt: now,
    })
    .onConflictDoUpdate({
      target: [contentDrafts.kind, contentDrafts.documentId],
      set: {
        version: sql`${contentDrafts.version} + 1`,
        baseRevisionId: revisionId,
        content: content as unknown as Record<string, unknown>,
        contentHash: hashContent(content),
        updatedBy: userId,
        updatedAt: now,
      },
    })
    .returning({ version: contentDrafts.version });
  return row?.version ?? 1;
}

export interface PublishResult {
  revisionId: string;
  revision: number;
  /** The draft's new version (publishing moves it on). */
  version: number;
  publishedAt: Date;
}

/**
 * Publishes the working copy as it is: a new immutable revision (or the newest one, when the
 * working copy equals it), the document pointed at it, the draft rebased on it, and a
 * publication row saying who and when. The caller validates first and passes the content it
 * validated together with the version it read, so nothing else slips in between.
 */
export async function publishDocument<K extends DocumentKind>(
  tx: Transaction,
  input: {
    kind: K;
    documentId: string;
    state: DocumentState<K>;
    userId: string | null;
    now: Date;
  },
): Promise<PublishResult> {
  const { kind, documentId, state, userId, now } = input;
  if (!state.content) throw new Error("nothing to publish");
  const hash = hashContent(state.content);
  const [newest] = state.revisions;
  const reuse = newest && hashContent(newest.content) === hash ? newest : null;
  const revision = reuse?.revision ?? (newest?.revision ?? 0) + 1;
  const revisionId =
    reuse?.id ??
    (await insertRevision(tx, kind, documentId, {
      revision,
      content: state.content,
      source: "editor",
      contentHash: hash,
      createdBy: userId,
      createdAt: now,
    }));
  await setPublishedRevision(tx, kind, documentId, revisionId);
  const version = await rebaseDraft(tx, kind, documentId, revisionId, state.content, userId, now);
  await recordPublication(tx, { kind, documentId, revisionId, action: "publish", userId, now });
  return { revisionId, revision, version, publishedAt: now };
}

export async function recordPublication(
  tx: Transaction,
  entry: {
    kind: DocumentKind;
    documentId: string;
    revisionId: string;
    action: "publish" | "unpublish";
    userId: string | null;
    now: Date;
  },
): Promise<void> {
  await tx.insert(contentPublications).values({
    kind: entry.kind,
    documentId: entry.documentId,
    revisionId: entry.revisionId,
    action: entry.action,
    actorId: entry.userId,
    at: entry.now,
  });
}

/** Takes a document off the learner site; its revisions and draft stay. False when it was not published. */
export async function unpublishDocument(
  tx: Transaction,
  input: { kind: DocumentKind; documentId: string; userId: string | null; now: Date },
): Promise<boolean> {
  const row = await findDocumentRow(tx, input.kind, input.documentId);
  if (!row?.publishedRevisionId) return false;
  await setPublishedRevision(tx, input.kind, input.documentId, null);
  await recordPublication(tx, {
    ...input,
    revisionId: row.publishedRevisionId,
    action: "unpublish",
  });
  return true;
}

/** Makes a revision's content the draft (a new draft version); the revision itself stays as it was. */
export async function restoreRevision<K extends DocumentKind>(
  tx: Transaction,
  input: {
    kind: K;
    documentId: string;
    revisionId: string;
    baseVersion: number;
    userId: string | null;
    now: Date;
  },
): Promise<SaveResult | SaveConflict<K> | null> {
  const revisions = await listRevisionRecords(tx, input.kind, input.documentId);
  const revision = revisions.find((candidate) => candidate.id === input.revisionId);
  if (!revision) return null;
  return saveDraft(tx, { ...input, content: revision.content });
}

/** "Take the source version": the built-in files' newer content becomes the draft. */
export async function takeSourceVersion<K extends DocumentKind>(
  tx: Transaction,
  input: { kind: K; documentId: string; baseVersion: number; userId: string | null; now: Date },
): Promise<SaveResult | SaveConflict<K> | null> {
  const [update] = await tx
    .select()
    .from(sourceUpdates)
    .where(and(eq(sourceUpdates.kind, input.kind), eq(sourceUpdates.documentId, input.documentId)));
  if (!update) return null;
  const result = await restoreRevision(tx, { ...input, revisionId: update.revisionId });
  if (result && "version" in result)
    await tx
      .delete(sourceUpdates)
      .where(
        and(eq(sourceUpdates.kind, input.kind), eq(sourceUpdates.documentId, input.documentId)),
      );
  return result;
}

/** After an import published a new revision: an untouched draft follows it (a new version). */
export async function followImportedRevision(
  tx: Transaction,
  input: {
    kind: DocumentKind;
    documentId: string;
    revisionId: string;
    content: ContentByKind[DocumentKind];
    now: Date;
  },
): Promise<void> {
  const [draft] = await tx
    .select({ version: contentDrafts.version })
    .from(contentDrafts)
    .where(and(eq(contentDrafts.kind, input.kind), eq(contentDrafts.documentId, input.documentId)));
  if (!draft) return;
  await rebaseDraft(
    tx,
    input.kind,
    input.documentId,
    input.revisionId,
    input.content,
    null,
    input.now,
  );
}

/** Records that the files changed under a coach's edit (replacing an older notice). */
export async function recordSourceUpdate(
  tx: Transaction,
  input: { kind: DocumentKind; documentId: string; revisionId: string; now: Date },
): Promise<void> {
  await tx
    .insert(sourceUpdates)
    .values({
      kind: input.kind,
      documentId: input.documentId,
      revisionId: input.revisionId,
      detectedAt: input.now,
    })
    .onConflictDoUpdate({
      target: [sourceUpdates.kind, sourceUpdates.documentId],
      set: { revisionId: input.revisionId, detectedAt: input.now },
    });
}

/** Whether a coach has unpublished changes in a document's draft (the import then keeps out). */
export async function draftHasChanges(
  db: Executor,
  kind: DocumentKind,
  documentId: string,
): Promise<boolean> {
  const state = await readDocument(db, kind, documentId);
  return state?.draft?.changed ?? false;
}

const TITLED_KINDS = {
  lesson: {
    documents: sql.raw("lessons"),
    revisions: sql.raw("lesson_revisions"),
    owner: sql.raw("lesson_id"),
  },
  quiz: {
    documents: sql.raw("quizzes"),
    revisions: sql.raw("quiz_revisions"),
    owner: sql.raw("quiz_id"),
  },
} as const;

/**
 * The working copy's title of every lesson (or quiz) of a course in one query: what
 * `readDocument(...).content.title` gives for each — the draft's title when there is a draft,
 * else the published revision's, else the newest revision's that is not a built-in source
 * update waiting to be taken; null for content never written.
 */
export async function workingTitles(
  db: Executor,
  kind: "lesson" | "quiz",
  courseId: string,
): Promise<Map<string, string | null>> {
  const t = TITLED_KINDS[kind];
  const result = await db.execute<{ id: string; title: string | null }>(sql`
    select d.id,
      case when dr.document_id is not null then dr.content ->> 'title'
        else coalesce(p.title, (
          select r.title from ${t.revisions} r
          where r.${t.owner} = d.id
            and r.id is distinct from (
              select su.revision_id from source_updates su
              where su.kind = ${kind}::document_kind and su.document_id = d.id)
          order by r.revision desc limit 1))
      end as title
    from ${t.documents} d
    left join content_drafts dr on dr.kind = ${kind}::document_kind and dr.document_id = d.id
    left join ${t.revisions} p on p.id = d.published_revision_id
    where d.course_id = ${courseId}::uuid`);
  return new Map(result.rows.map((row) => [row.id, row.title]));
}
