import { desc, eq, sql } from "drizzle-orm";
import type { CourseImport } from "@soleus/content";
import type { Database, Transaction } from "../client";
import {
  courseRevisions,
  courses,
  lessonRevisions,
  lessons,
  quizRevisions,
  quizzes,
} from "../schema";
import { decideRevision, type ImportDecision, type RevisionSource } from "./decide-revision";

export interface ImportCounts {
  created: number;
  published: number;
  keptUnpublished: number;
  unchanged: number;
}

/**
 * Loads one course into the database as published revisions, in one transaction.
 * Idempotent: unchanged files change nothing; changed files add revisions and never
 * overwrite edits made in the admin app (see decideRevision).
 */
export async function importCourse(db: Database, data: CourseImport): Promise<ImportCounts> {
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

    const { slug, title, summary, audience, minutes, objectives, hash } = data.course;
    const [courseRow] = await tx.insert(courses).values({ slug }).onConflictDoNothing().returning();
    const course =
      courseRow ?? (await tx.query.courses.findFirst({ where: eq(courses.slug, slug) }));
    if (!course) throw new Error(`course ${slug} could not be created`);
    const courseDecision = decideRevision(
      {
        revisions: await tx
          .select()
          .from(courseRevisions)
          .where(eq(courseRevisions.courseId, course.id))
          .orderBy(desc(courseRevisions.revision)),
      },
      hash,
    );
    tally(courseDecision);
    if (courseDecision.action === "create") {
      const [revision] = await tx
        .insert(courseRevisions)
        .values({
          courseId: course.id,
          revision: courseDecision.revision,
          title,
          summary,
          audience,
          minutes,
          objectives,
          ...imported(hash),
        })
        .returning({ id: courseRevisions.id });
      if (courseDecision.publish)
        await tx
          .update(courses)
          .set({ publishedRevisionId: revision?.id })
          .where(eq(courses.id, course.id));
    }

    const lessonIds = new Map<string, string>();
    for (const lesson of data.lessons) {
      const lessonId = await upsertLesson(tx, course.id, lesson.slug, lesson.position);
      lessonIds.set(lesson.slug, lessonId);
      const decision = decideRevision(
        {
          revisions: await tx
            .select()
            .from(lessonRevisions)
            .where(eq(lessonRevisions.lessonId, lessonId))
            .orderBy(desc(lessonRevisions.revision)),
        },
        lesson.hash,
      );
      tally(decision);
      if (decision.action === "unchanged") continue;
      const [revision] = await tx
        .insert(lessonRevisions)
        .values({
          lessonId,
          revision: decision.revision,
          title: lesson.title,
          summary: lesson.summary,
          minutes: lesson.minutes,
          objectives: lesson.objectives,
          bodyMarkdown: lesson.bodyMarkdown,
          quizSlug: lesson.quizId,
          ...imported(lesson.hash),
        })
        .returning({ id: lessonRevisions.id });
      if (decision.publish)
        await tx
          .update(lessons)
          .set({ publishedRevisionId: revision?.id })
          .where(eq(lessons.id, lessonId));
    }

    for (const quiz of data.quizzes) {
      const lessonId = quiz.lessonSlug ? (lessonIds.get(quiz.lessonSlug) ?? null) : null;
      const quizId = await upsertQuiz(tx, course.id, quiz.id, quiz.kind, lessonId);
      const decision = decideRevision(
        {
          revisions: await tx
            .select()
            .from(quizRevisions)
            .where(eq(quizRevisions.quizId, quizId))
            .orderBy(desc(quizRevisions.revision)),
        },
        quiz.hash,
      );
      tally(decision);
      if (decision.action === "unchanged") continue;
      const [revision] = await tx
        .insert(quizRevisions)
        .values({
          quizId,
          revision: decision.revision,
          title: quiz.title,
          passPercent: quiz.passPercent,
          settings: quiz.settings,
          questions: quiz.questions,
          ...imported(quiz.hash),
        })
        .returning({ id: quizRevisions.id });
      if (decision.publish)
        await tx
          .update(quizzes)
          .set({ publishedRevisionId: revision?.id })
          .where(eq(quizzes.id, quizId));
    }
    return counts;
  });
}

function imported(contentHash: string): { source: RevisionSource; contentHash: string } {
  return { source: "import", contentHash };
}

async function upsertLesson(
  tx: Transaction,
  courseId: string,
  slug: string,
  position: number,
): Promise<string> {
  const [row] = await tx
    .insert(lessons)
    .values({ courseId, slug, position })
    // Order is course structure from the files: a reordered course moves its lessons.
    .onConflictDoUpdate({ target: [lessons.courseId, lessons.slug], set: { position } })
    .returning({ id: lessons.id });
  if (!row) throw new Error(`lesson ${slug} could not be saved`);
  return row.id;
}

async function upsertQuiz(
  tx: Transaction,
  courseId: string,
  slug: string,
  kind: "lesson_check" | "final",
  lessonId: string | null,
): Promise<string> {
  const [row] = await tx
    .insert(quizzes)
    .values({ courseId, slug, kind, lessonId })
    .onConflictDoUpdate({ target: [quizzes.courseId, quizzes.slug], set: { kind, lessonId } })
    .returning({ id: quizzes.id });
  if (!row) throw new Error(`quiz ${slug} could not be saved`);
  return row.id;
}
