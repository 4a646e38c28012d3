import {
  boolean,
  doublePrecision,
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
import { users } from "./auth";
import { lessons, quizRevisions, quizzes } from "./content";

export const attemptStatusEnum = pgEnum("attempt_status", ["open", "submitted"]);

/**
 * One learner's attempt at one published quiz revision. `state` is the quiz engine's Attempt
 * (seed, drawn questions, layouts, saved responses): the server's copy, never sent as is.
 * Submitting is idempotent: a submitted row keeps its score and result, and submitting again
 * returns them unchanged.
 */
export const quizAttempts = pgTable(
  "quiz_attempts",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    userId: uuid("user_id")
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    quizId: uuid("quiz_id")
      .notNull()
      .references(() => quizzes.id, { onDelete: "cascade" }),
    quizRevisionId: uuid("quiz_revision_id")
      .notNull()
      .references(() => quizRevisions.id, { onDelete: "cascade" }),
    attemptNumber: integer("attempt_number").notNull(),
    seed: text("seed").notNull(),
    status: attemptStatusEnum("status").notNull().default("open"),
    state: jsonb("state").$type<Record<string, unknown>>().notNull(),
    startedAt: timestamp("started_at", { withTimezone: true, mode: "date" }).notNull(),
    deadline: timestamp("deadline", { withTimezone: true, mode: "date" }),
    submittedAt: timestamp("submitted_at", { withTimezone: true, mode: "date" }),
    points: doublePrecision("points"),
    maxPoints: doublePrecision("max_points"),
    percent: doublePrecision("percent"),
    passed: boolean("passed"),
    result: jsonb("result").$type<Record<string, unknown>>(),
  },
  (table) => [
    // Two starts racing for the same attempt number: one wins, the other retries.
    unique().on(table.userId, table.quizId, table.attemptNumber),
    // Results views: a quiz revision's submitted attempts, newest first.
    index().on(table.quizRevisionId, table.status, table.submittedAt),
  ],
);

/**
 * One row per asked question of an attempt, scored at submission: what item analysis and
 * per-question results aggregate in SQL without unpacking JSON.
 */
export const attemptResponses = pgTable(
  "attempt_responses",
  {
    attemptId: uuid("attempt_id")
      .notNull()
      .references(() => quizAttempts.id, { onDelete: "cascade" }),
    /** Denormalised from the attempt so item statistics scan one index, not a join. */
    quizRevisionId: uuid("quiz_revision_id")
      .notNull()
      .references(() => quizRevisions.id, { onDelete: "cascade" }),
    questionId: text("question_id").notNull(),
    response: jsonb("response"),
    earned: doublePrecision("earned"),
    max: doublePrecision("max"),
    /** "saved" until submission, then the engine's status: correct, partial, incorrect, unanswered. */
    state: text("state").notNull().default("saved"),
    updatedAt: timestamp("updated_at", { withTimezone: true, mode: "date" }).notNull().defaultNow(),
  },
  (table) => [
    primaryKey({ columns: [table.attemptId, table.questionId] }),
    index().on(table.quizRevisionId, table.questionId),
  ],
);

/** Lessons a learner marked as read. */
export const lessonProgress = pgTable(
  "lesson_progress",
  {
    userId: uuid("user_id")
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    lessonId: uuid("lesson_id")
      .notNull()
      .references(() => lessons.id, { onDelete: "cascade" }),
    completedAt: timestamp("completed_at", { withTimezone: true, mode: "date" })
      .notNull()
      .defaultNow(),
  },
  (table) => [primaryKey({ columns: [table.userId, table.lessonId] })],
);

/**
 * Practice answers to questions under spaced-repetition review. They never touch attempts or
 * grades; together with submitted attempts' responses they are the history the review
 * scheduler replays.
 */
export const reviewLog = pgTable(
  "review_log",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    userId: uuid("user_id")
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    quizId: uuid("quiz_id")
      .notNull()
      .references(() => quizzes.id, { onDelete: "cascade" }),
    questionId: text("question_id").notNull(),
    /** Share of the question's points the practice answer earned, 0..1. */
    fraction: doublePrecision("fraction").notNull(),
    answeredAt: timestamp("answered_at", { withTimezone: true, mode: "date" }).notNull(),
  },
  (table) => [index().on(table.userId, table.answeredAt)],
);
