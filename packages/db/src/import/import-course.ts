import { and, desc, eq, sql } from "drizzle-orm";
import { contentHash, type CourseImport } from "@soleus/content";
import type { Database, Transaction } from "../client";
import type { AnyContent } from "../authoring/content-kinds";
import {
  insertRevision,
  listRevisionRecords,
  setPublishedRevision,
} from "../authoring/content-kinds";
import {
  draftHasChanges,
  followImportedRevision,
  recordPublication,
  recordSourceUpdate,
} from "../authoring/documents";
import {
  contentPublications,
  courses,
  lessons,
  quizzes,
  sourceUpdates,
  type DocumentKind,
} from "../schema";
import { decideRevision, type ImportDecision } from "./decide-revision";

export interface ImportCounts {
  created: number;
  published: number;
  keptUnpublished: number;
  unchanged: number;
}

export interface ImportOptions {
  now?: () => Date;
  /** The course folder's own spelling words, kept with the course for the publish-time check. */
  spellingWords?: string[];
}

/**
 * Loads one course into the database as published revisions, in one transaction. The files are
 * one more author (docs/decisions/0024): unchanged files change nothing; a changed file is
 * published when nobody edited that content in the admin app since the last import, and
 * otherwise kept as an unpublished revision offered to the coach ("the built-in source changed").
 * That holds for the course's texts and lesson order, each lesson (with its check quiz link) and
 * each quiz alike.
 */
export async function importCourse(
  db: Database,
  data: CourseImport,
  options: ImportOptions = {},
): Promise<ImportCounts> {
  const now = (options.now ?? (() => new Date()))();
  return db.transaction(async (tx) => {
    // Two instances seeding one PostgreSQL at once must not both create the course.
    await tx.execute(
      sql`select pg_advisory_xact_lock(hashtext(${`soleus-import:${data.course.slug}`}))`,
    );
    const counts: ImportCounts = { created: 0, published: 0, keptUnpublished: 0, unchanged: 0 };
    const tally = (decision: ImportDecision) => {
      if (decision.action === "unchanged") counts.unchanged += 1;
      else {
        if (decision.revision === 1) counts.created += 1;
        counts[decision.publish ? "published" : "keptUnpublished"] += 1;
      }
    };
    const importOne = async (
      kind: DocumentKind,
      documentId: string,
      fileHash: string,
      content: AnyContent,
    ) => tally(await importDocument(tx, { kind, documentId, fileHash, content, now }));

    const { slug, title, summary, audience, minutes, objectives, hash } = data.course;
    const [courseRow] = await tx.insert(courses).values({ slug }).onConflictDoNothing().returning();
    const course =
      courseRow ?? (await tx.query.courses.findFirst({ where: eq(courses.slug, slug) }));
    if (!course) throw new Error(`course ${slug} could not be created`);
    if (options.spellingWords)
      await tx
        .update(courses)
        .set({ spellingWords: options.spellingWords })
        .where(eq(courses.id, course.id));

    const lessonIds = new Map<string, string>();
    for (const lesson of data.lessons)
      lessonIds.set(lesson.slug, await ensureLesson(tx, course.id, lesson.slug));
    const quizIds = new Map<string, string>();
    for (const quiz of data.quizzes)
      quizIds.set(quiz.id, await ensureQuiz(tx, course.id, quiz.id, quiz.kind));

    const order = [...data.lessons].sort((a, b) => a.position - b.position);
    await importOne(
      "course",
      course.id,
      // Lesson order is part of the course revision, so it is part of the course's hash.
      contentHash({ course: hash, lessons: order.map((lesson) => lesson.slug) }),
      {
        title,
        summary,
        audience,
        minutes,
        objectives,
        lessonIds: order.flatMap((lesson) => lessonIds.get(lesson.slug) ?? []),
      },
    );
    for (const lesson of data.lessons) {
      await importOne("lesson", lessonIds.get(lesson.slug) ?? "", lesson.hash, {
        title: lesson.title,
        summary: lesson.summary,
        minutes: lesson.minutes,
        objectives: lesson.objectives,
        bodyMarkdown: lesson.bodyMarkdown,
        quizSlug: lesson.quizId,
      });
    }
    for (const quiz of data.quizzes) {
      await importOne("quiz", quizIds.get(quiz.id) ?? "", quiz.hash, {
        title: quiz.title,
        passPercent: quiz.passPercent,
        settings: quiz.settings,
        questions: quiz.questions,
      });
    }
    return counts;
  });
}

async function importDocument(
  tx: Transaction,
  input: {
    kind: DocumentKind;
    documentId: string;
    fileHash: string;
    content: AnyContent;
    now: Date;
  },
): Promise<ImportDecision> {
  const { kind, documentId, fileHash, content, now } = input;
  const revisions = await listRevisionRecords(tx, kind, documentId);
  const decision = decideRevision(
    { revisions, coachEdited: await coachEdited(tx, kind, documentId) },
    fileHash,
  );
  if (decision.action === "unchanged") return decision;
  const revisionId = await insertRevision(tx, kind, documentId, {
    revision: decision.revision,
    content,
    source: "import",
    contentHash: fileHash,
    createdBy: null,
    createdAt: now,
  });
  if (decision.publish) {
    await setPublishedRevision(tx, kind, documentId, revisionId);
    await recordPublication(tx, {
      kind,
      documentId,
      revisionId,
      action: "publish",
      userId: null,
      now,
    });
    await followImportedRevision(tx, { kind, documentId, revisionId, content, now });
    await tx
      .delete(sourceUpdates)
      .where(and(eq(sourceUpdates.kind, kind), eq(sourceUpdates.documentId, documentId)));
  } else {
    await recordSourceUpdate(tx, { kind, documentId, revisionId, now });
  }
  return decision;
}

/** A coach has unpublished changes, took the content down, or archived the course. */
async function coachEdited(tx: Transaction, kind: DocumentKind, documentId: string) {
  if (await draftHasChanges(tx, kind, documentId)) return true;
  const [last] = await tx
    .select({ action: contentPublications.action, actorId: contentPublications.actorId })
    .from(contentPublications)
    .where(and(eq(contentPublications.kind, kind), eq(contentPublications.documentId, documentId)))
    .orderBy(desc(contentPublications.at))
    .limit(1);
  if (last?.action === "unpublish" && last.actorId !== null) return true;
  if (kind !== "course") return false;
  const [course] = await tx
    .select({ archivedAt: courses.archivedAt })
    .from(courses)
    .where(eq(courses.id, documentId));
  return course?.archivedAt != null;
}

async function ensureLesson(tx: Transaction, courseId: string, slug: string): Promise<string> {
  await tx.insert(lessons).values({ courseId, slug }).onConflictDoNothing();
  const [row] = await tx
    .select({ id: lessons.id })
    .from(lessons)
    .where(and(eq(lessons.courseId, courseId), eq(lessons.slug, slug)));
  if (!row) throw new Error(`lesson ${slug} could not be saved`);
  return row.id;
}

async function ensureQuiz(
  tx: Transaction,
  courseId: string,
  slug: string,
  kind: "lesson_check" | "final",
): Promise<string> {
  const [row] = await tx
    .insert(quizzes)
    .values({ courseId, slug, kind })
    .onConflictDoUpdate({ target: [quizzes.courseId, quizzes.slug], set: { kind } })
    .returning({ id: quizzes.id });
  if (!row) throw new Error(`quiz ${slug} could not be saved`);
  return row.id;
}
