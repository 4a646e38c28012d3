import { asc, eq } from "drizzle-orm";
// Not the package root: that pulls the course-folder helpers into the apps' server bundles.
import { contentHash } from "@soleus/content/hash";
import type { Objective, Quiz } from "@soleus/content";
import type { Database, Transaction } from "../client";
import {
  courseRevisionLessons,
  courseRevisions,
  courses,
  lessonRevisions,
  lessons,
  quizRevisions,
  quizzes,
  type DocumentKind,
} from "../schema";

/** What a course draft and a course revision hold: its texts and the ordered lesson ids. */
export interface CourseContent {
  title: string;
  summary: string;
  audience: string;
  minutes: number;
  objectives: Objective[];
  lessonIds: string[];
}

/** What a lesson draft and a lesson revision hold; `quizSlug` names the lesson's check quiz. */
export interface LessonContent {
  title: string;
  summary: string;
  minutes: number;
  objectives: string[];
  bodyMarkdown: string;
  quizSlug: string | null;
}

/** What a quiz draft and a quiz revision hold (questions with their keys: server side only). */
export interface QuizContent {
  title: string;
  passPercent: number;
  settings: Quiz["settings"];
  questions: Quiz["questions"];
}

export interface ContentByKind {
  course: CourseContent;
  lesson: LessonContent;
  quiz: QuizContent;
}
export type AnyContent = ContentByKind[DocumentKind];

export type Executor = Database | Transaction;

/** One revision of any kind, with its content in the draft shape. */
export interface RevisionRecord<K extends DocumentKind = DocumentKind> {
  id: string;
  revision: number;
  source: "import" | "editor";
  contentHash: string;
  createdBy: string | null;
  createdAt: Date;
  content: ContentByKind[K];
}

/** The identity row of a document: which course it belongs to, its slug and published pointer. */
export interface DocumentRow {
  id: string;
  courseId: string;
  slug: string;
  publishedRevisionId: string | null;
}

/** sha256 of a content's canonical JSON: equal content, equal hash, whatever the key order. */
export function hashContent(content: AnyContent): string {
  return contentHash(content);
}

export async function findDocumentRow(
  db: Executor,
  kind: DocumentKind,
  id: string,
): Promise<DocumentRow | undefined> {
  if (kind === "course") {
    const [row] = await db
      .select({
        id: courses.id,
        courseId: courses.id,
        slug: courses.slug,
        publishedRevisionId: courses.publishedRevisionId,
      })
      .from(courses)
      .where(eq(courses.id, id));
    return row;
  }
  const table = kind === "lesson" ? lessons : quizzes;
  const [row] = await db
    .select({
      id: table.id,
      courseId: table.courseId,
      slug: table.slug,
      publishedRevisionId: table.publishedRevisionId,
    })
    .from(table)
    .where(eq(table.id, id));
  return row;
}

/** Every revision of a document, newest first, with content. */
export async function listRevisionRecords<K extends DocumentKind>(
  db: Executor,
  kind: K,
  documentId: string,
): Promise<RevisionRecord<K>[]> {
  return (await selectRevisions(db, kind, documentId)) as RevisionRecord<K>[];
}

async function selectRevisions(
  db: Executor,
  kind: DocumentKind,
  documentId: string,
): Promise<RevisionRecord[]> {
  const meta = (row: {
    id: string;
    revision: number;
    source: "import" | "editor";
    contentHash: string;
    createdBy: string | null;
    createdAt: Date;
  }) => ({
    id: row.id,
    revision: row.revision,
    source: row.source,
    contentHash: row.contentHash,
    createdBy: row.createdBy,
    createdAt: row.createdAt,
  });
  if (kind === "lesson") {
    const rows = await db
      .select()
      .from(lessonRevisions)
      .where(eq(lessonRevisions.lessonId, documentId))
      .orderBy(asc(lessonRevisions.revision));
    return rows.reverse().map((row) => ({
      ...meta(row),
      content: {
        title: row.title,
        summary: row.summary,
        minutes: row.minutes,
        objectives: row.objectives,
        bodyMarkdown: row.bodyMarkdown,
        quizSlug: row.quizSlug,
      },
    }));
  }
  if (kind === "quiz") {
    const rows = await db
      .select()
      .from(quizRevisions)
      .where(eq(quizRevisions.quizId, documentId))
      .orderBy(asc(quizRevisions.revision));
    return rows.reverse().map((row) => ({
      ...meta(row),
      content: {
        title: row.title,
        passPercent: row.passPercent,
        settings: row.settings,
        questions: row.questions,
      },
    }));
  }
  const rows = await db
    .select()
    .from(courseRevisions)
    .where(eq(courseRevisions.courseId, documentId))
    .orderBy(asc(courseRevisions.revision));
  const order = await db
    .select({
      courseRevisionId: courseRevisionLessons.courseRevisionId,
      lessonId: courseRevisionLessons.lessonId,
    })
    .from(courseRevisionLessons)
    .innerJoin(courseRevisions, eq(courseRevisions.id, courseRevisionLessons.courseRevisionId))
    .where(eq(courseRevisions.courseId, documentId))
    .orderBy(asc(courseRevisionLessons.position));
  return rows.reverse().map((row) => ({
    ...meta(row),
    content: {
      title: row.title,
      summary: row.summary,
      audience: row.audience,
      minutes: row.minutes,
      objectives: row.objectives,
      lessonIds: order
        .filter((entry) => entry.courseRevisionId === row.id)
        .map((entry) => entry.lessonId),
    },
  }));
}

/** Writes a new immutable revision of a document (the lesson order too, for a course). */
export async function insertRevision(
  tx: Transaction,
  kind: DocumentKind,
  documentId: string,
  values: {
    revision: number;
    content: AnyContent;
    source: "import" | "editor";
    contentHash: string;
    createdBy: string | null;
    createdAt: Date;
  },
): Promise<string> {
  const common = {
    revision: values.revision,
    source: values.source,
    contentHash: values.contentHash,
    createdBy: values.createdBy,
    createdAt: values.createdAt,
  };
  if (kind === "lesson") {
    const c = values.content as LessonContent;
    const [row] = await tx
      .insert(lessonRevisions)
      .values({
        ...common,
        lessonId: documentId,
        title: c.title,
        summary: c.summary,
        minutes: c.minutes,
        objectives: c.objectives,
        bodyMarkdown: c.bodyMarkdown,
        quizSlug: c.quizSlug,
      })
      .returning({ id: lessonRevisions.id });
    if (!row) throw new Error("lesson revision not written");
    return row.id;
  }
  if (kind === "quiz") {
    const c = values.content as QuizContent;
    const [row] = await tx
      .insert(quizRevisions)
      .values({
        ...common,
        quizId: documentId,
        title: c.title,
        passPercent: c.passPercent,
        settings: c.settings,
        questions: c.questions,
      })
      .returning({ id: quizRevisions.id });
    if (!row) throw new Error("quiz revision not written");
    return row.id;
  }
  const c = values.content as CourseContent;
  const [row] = await tx
    .insert(courseRevisions)
    .values({
      ...common,
      courseId: documentId,
      title: c.title,
      summary: c.summary,
      audience: c.audience,
      minutes: c.minutes,
      objectives: c.objectives,
    })
    .returning({ id: courseRevisions.id });
  if (!row) throw new Error("course revision not written");
  if (c.lessonIds.length > 0)
    await tx.insert(courseRevisionLessons).values(
      c.lessonIds.map((lessonId, position) => ({
        courseRevisionId: row.id,
        lessonId,
        position,
      })),
    );
  return row.id;
}

/** Points a document at a revision (or at none: unpublished). */
export async function setPublishedRevision(
  tx: Transaction,
  kind: DocumentKind,
  documentId: string,
  revisionId: string | null,
): Promise<void> {
  const table = kind === "course" ? courses : kind === "lesson" ? lessons : quizzes;
  await tx.update(table).set({ publishedRevisionId: revisionId }).where(eq(table.id, documentId));
}
