import { sql } from "drizzle-orm";
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
import { courses, lessons, quizRevisions, quizzes } from "./content";

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
    // Deleting content never deletes attempts (docs/decisions/0032): restrict, not cascade.
    quizId: uuid("quiz_id")
      .notNull()
      .references(() => quizzes.id, { onDelete: "restrict" }),
    quizRevisionId: uuid("quiz_revision_id")
      .notNull()
      .references(() => quizRevisions.id, { onDelete: "restrict" }),
    /** Denormalised from the quiz at submission (null while open) so course-wide results filter one index. */
    courseId: uuid("course_id").references(() => courses.id, { onDelete: "restrict" }),
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
    /** When a regrade last changed this attempt's score (the learner sees "this quiz was corrected"). */
    regradedAt: timestamp("regraded_at", { withTimezone: true, mode: "date" }),
  },
  (table) => [
    // Two starts racing for the same attempt number: one wins, the other retries.
    unique().on(table.userId, table.quizId, table.attemptNumber),
    // Results views: a quiz revision's submitted attempts, newest first; covering what item
    // analysis ranks and counts them by, so that reads the index only (decision 0049).
    index("quiz_attempts_revision_scores_index").on(
      table.quizRevisionId,
      table.status,
      table.submittedAt,
      table.quizId,
      table.courseId,
      table.userId,
      table.attemptNumber,
      table.points,
      table.maxPoints,
      table.percent,
      table.id,
    ),
    // Results filters: by quiz, by course, by learner, each with the date range.
    index().on(table.quizId, table.status, table.submittedAt),
    index().on(table.courseId, table.status, table.submittedAt),
    index().on(table.userId, table.status, table.submittedAt),
    // Regrades walk a quiz's attempts in id order, a batch at a time.
    index().on(table.quizId, table.id),
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
    quizRevisionId: uuid("quiz_revision_id").notNull(),
    questionId: text("question_id").notNull(),
    response: jsonb("response"),
    earned: doublePrecision("earned"),
    max: doublePrecision("max"),
    /** "saved" until submission, then the engine's status: correct, partial, incorrect, unanswered. */
    state: text("state").notNull().default("saved"),
    updatedAt: timestamp("updated_at", { withTimezone: true, mode: "date" }).notNull().defaultNow(),
    // Written at submission (null while "saved"), so results aggregate without unpacking JSON
    // or joining the attempt (docs/decisions/0032). Copies of the attempt's own columns, so no
    // foreign keys of their own: the attempt's keys already restrict (content) or cascade
    // (learner), and five key checks per row made bulk writes 3x slower (decision 0046).
    quizId: uuid("quiz_id"),
    courseId: uuid("course_id"),
    userId: uuid("user_id"),
    submittedAt: timestamp("submitted_at", { withTimezone: true, mode: "date" }),
    questionType: text("question_type"),
    /** Authored option ids chosen (choice questions; "true"/"false" for true/false). */
    chosenOptions: text("chosen_options").array(),
    /** The quiz engine's choice bit mask: bit i = the question's i-th authored option. */
    choiceMask: integer("choice_mask"),
    /** Misconception texts of the wrong options chosen. */
    misconceptions: text("misconceptions").array(),
    objectives: text("objectives").array(),
    /** A canonical text of the answer (numeric, short text, ordering, matching, fill-in), to rank wrong answers. */
    answerText: text("answer_text"),
    /**
     * Copies of the attempt's score (its points, and `coalesce(100 * points / nullif(max_points, 0), 0)`,
     * see attemptScoreColumns), written at submission and by a regrade, so item analysis reads
     * each response's quiz score and third without joining the attempt (decision 0049).
     */
    attemptPoints: doublePrecision("attempt_points"),
    attemptPercent: doublePrecision("attempt_percent"),
  },
  (table) => [
    primaryKey({ columns: [table.attemptId, table.questionId] }),
    // Item analysis's one scan of a revision's submitted responses: covering (index-only) and
    // sorted as its histogram groups them, so the grouping streams without a hash or a sort;
    // the attempts at the two cut scores of the thirds are a range of it (decision 0049).
    index("attempt_responses_revision_items_index")
      .on(
        table.quizRevisionId,
        table.attemptPercent,
        table.questionId,
        table.earned,
        table.attemptPoints,
        table.choiceMask,
        table.submittedAt,
        table.attemptId,
      )
      .where(sql`${table.attemptPercent} is not null`),
    index().on(table.quizId, table.submittedAt),
    index().on(table.courseId, table.submittedAt),
    index().on(table.userId, table.submittedAt),
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
