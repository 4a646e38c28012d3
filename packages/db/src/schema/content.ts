import {
  type AnyPgColumn,
  index,
  integer,
  jsonb,
  pgEnum,
  pgTable,
  primaryKey,
  text,
  timestamp,
  unique,
  uuid,
} from "drizzle-orm/pg-core";
import type { Objective, Quiz } from "@soleus/content";
import { users } from "./auth";

/**
 * Content lives in revision tables: a revision is immutable, publishing points the parent row at
 * one. Work in progress lives in `content_drafts` (authoring.ts), whose `version` every editor save
 * names (docs/decisions/0024).
 */
export const revisionSourceEnum = pgEnum("revision_source", ["import", "editor"]);
export const quizKindEnum = pgEnum("quiz_kind", ["lesson_check", "final"]);

const createdAt = () =>
  timestamp("created_at", { withTimezone: true, mode: "date" }).notNull().defaultNow();

export const courses = pgTable("courses", {
  id: uuid("id").primaryKey().defaultRandom(),
  slug: text("slug").notNull().unique(),
  ownerId: uuid("owner_id").references(() => users.id, { onDelete: "set null" }),
  publishedRevisionId: uuid("published_revision_id").references(
    (): AnyPgColumn => courseRevisions.id,
  ),
  /**
   * The course's own spelling words (a built-in course's `spelling-words.txt`, written by the
   * import), for the spelling check at publish time.
   */
  spellingWords: jsonb("spelling_words").$type<string[]>().notNull().default([]),
  /**
   * Words coaches added in the admin app (e.g. a term the dictionary lacks). The import never
   * touches them; the spelling check accepts these and `spellingWords` together.
   */
  coachSpellingWords: jsonb("coach_spelling_words").$type<string[]>().notNull().default([]),
  /** Archived courses are hidden from learners and from the default course list; never deleted. */
  archivedAt: timestamp("archived_at", { withTimezone: true, mode: "date" }),
  archivedBy: uuid("archived_by").references(() => users.id, { onDelete: "set null" }),
  createdAt: createdAt(),
});

export const courseRevisions = pgTable(
  "course_revisions",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    courseId: uuid("course_id")
      .notNull()
      .references(() => courses.id, { onDelete: "cascade" }),
    revision: integer("revision").notNull(),
    title: text("title").notNull(),
    summary: text("summary").notNull(),
    audience: text("audience").notNull(),
    minutes: integer("minutes").notNull(),
    objectives: jsonb("objectives").$type<Objective[]>().notNull(),
    source: revisionSourceEnum("source").notNull(),
    contentHash: text("content_hash").notNull(),
    createdBy: uuid("created_by").references(() => users.id, { onDelete: "set null" }),
    createdAt: createdAt(),
  },
  (table) => [unique().on(table.courseId, table.revision)],
);

/**
 * The ordered lessons of one course revision: lesson order is part of what is published, so it
 * is immutable with the revision. The learner site lists a course's published lessons from here.
 */
export const courseRevisionLessons = pgTable(
  "course_revision_lessons",
  {
    courseRevisionId: uuid("course_revision_id")
      .notNull()
      .references(() => courseRevisions.id, { onDelete: "cascade" }),
    lessonId: uuid("lesson_id")
      .notNull()
      .references(() => lessons.id, { onDelete: "cascade" }),
    /** 0-based reading order. */
    position: integer("position").notNull(),
  },
  (table) => [
    primaryKey({ columns: [table.courseRevisionId, table.position] }),
    unique().on(table.courseRevisionId, table.lessonId),
    index().on(table.lessonId),
  ],
);

/** Coaches act on the courses they own or are assigned to. */
export const courseCoaches = pgTable(
  "course_coaches",
  {
    courseId: uuid("course_id")
      .notNull()
      .references(() => courses.id, { onDelete: "cascade" }),
    userId: uuid("user_id")
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    createdAt: createdAt(),
  },
  (table) => [primaryKey({ columns: [table.courseId, table.userId] })],
);

export const lessons = pgTable(
  "lessons",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    courseId: uuid("course_id")
      .notNull()
      .references(() => courses.id, { onDelete: "cascade" }),
    slug: text("slug").notNull(),
    publishedRevisionId: uuid("published_revision_id").references(
      (): AnyPgColumn => lessonRevisions.id,
    ),
    createdAt: createdAt(),
  },
  (table) => [unique().on(table.courseId, table.slug)],
);

export const lessonRevisions = pgTable(
  "lesson_revisions",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    lessonId: uuid("lesson_id")
      .notNull()
      .references(() => lessons.id, { onDelete: "cascade" }),
    revision: integer("revision").notNull(),
    title: text("title").notNull(),
    summary: text("summary").notNull(),
    minutes: integer("minutes").notNull(),
    objectives: jsonb("objectives").$type<string[]>().notNull(),
    bodyMarkdown: text("body_markdown").notNull(),
    /**
     * The quiz (by its slug within the course) that checks this lesson: the one place this link
     * is stored (quizzes carry no lesson id), so it is published with the lesson.
     */
    quizSlug: text("quiz_slug"),
    source: revisionSourceEnum("source").notNull(),
    contentHash: text("content_hash").notNull(),
    createdBy: uuid("created_by").references(() => users.id, { onDelete: "set null" }),
    createdAt: createdAt(),
  },
  (table) => [unique().on(table.lessonId, table.revision)],
);

export const quizzes = pgTable(
  "quizzes",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    courseId: uuid("course_id")
      .notNull()
      .references(() => courses.id, { onDelete: "cascade" }),
    slug: text("slug").notNull(),
    kind: quizKindEnum("kind").notNull(),
    publishedRevisionId: uuid("published_revision_id").references(
      (): AnyPgColumn => quizRevisions.id,
    ),
    createdAt: createdAt(),
  },
  (table) => [unique().on(table.courseId, table.slug)],
);

export const quizRevisions = pgTable(
  "quiz_revisions",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    quizId: uuid("quiz_id")
      .notNull()
      .references(() => quizzes.id, { onDelete: "cascade" }),
    revision: integer("revision").notNull(),
    title: text("title").notNull(),
    passPercent: integer("pass_percent").notNull(),
    settings: jsonb("settings").$type<Quiz["settings"]>().notNull(),
    /** The full questions with their keys: server-side only, never sent to a learner as is. */
    questions: jsonb("questions").$type<Quiz["questions"]>().notNull(),
    source: revisionSourceEnum("source").notNull(),
    contentHash: text("content_hash").notNull(),
    createdBy: uuid("created_by").references(() => users.id, { onDelete: "set null" }),
    createdAt: createdAt(),
  },
  (table) => [unique().on(table.quizId, table.revision)],
);
