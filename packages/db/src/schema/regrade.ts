import { sql } from "drizzle-orm";
import {
  boolean,
  check,
  doublePrecision,
  index,
  integer,
  jsonb,
  pgEnum,
  pgTable,
  primaryKey,
  text,
  timestamp,
  uniqueIndex,
  uuid,
} from "drizzle-orm/pg-core";
import { users } from "./auth";
import { courses, quizRevisions, quizzes } from "./content";
import { quizAttempts } from "./learning";

/**
 * A learner's extra time in one course (docs/decisions/0044): every timed quiz of the course
 * gives them `time_multiplier` × its limit. Set by the course's coaches and by admins.
 */
export const courseAccommodations = pgTable(
  "course_accommodations",
  {
    courseId: uuid("course_id")
      .notNull()
      .references(() => courses.id, { onDelete: "cascade" }),
    userId: uuid("user_id")
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    timeMultiplier: doublePrecision("time_multiplier").notNull(),
    setBy: uuid("set_by").references(() => users.id, { onDelete: "set null" }),
    updatedAt: timestamp("updated_at", { withTimezone: true, mode: "date" }).notNull(),
  },
  (table) => [
    primaryKey({ columns: [table.courseId, table.userId] }),
    check(
      "course_accommodations_multiplier_range",
      sql`${table.timeMultiplier} > 1 and ${table.timeMultiplier} <= 4`,
    ),
  ],
);

export const regradeModeEnum = pgEnum("regrade_mode", ["all", "raise_only"]);
export const regradeStatusEnum = pgEnum("regrade_status", ["running", "done", "failed"]);

/**
 * One regrade of a quiz onto its published revision (docs/decisions/0043): applied in batches,
 * each committed with its attempts' score history; `processed` / `total` is the progress bar
 * every instance reads. At most one runs per quiz.
 */
export const regradeJobs = pgTable(
  "regrade_jobs",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    quizId: uuid("quiz_id")
      .notNull()
      .references(() => quizzes.id, { onDelete: "restrict" }),
    targetRevisionId: uuid("target_revision_id")
      .notNull()
      .references(() => quizRevisions.id, { onDelete: "restrict" }),
    mode: regradeModeEnum("mode").notNull(),
    status: regradeStatusEnum("status").notNull().default("running"),
    /** Attempts scored on an earlier revision when the job started. */
    total: integer("total").notNull(),
    processed: integer("processed").notNull().default(0),
    changed: integer("changed").notNull().default(0),
    /** Attempts whose lower score was kept ("only raise scores"), or that no longer fit the quiz. */
    keptBack: integer("kept_back").notNull().default(0),
    /** The last attempt id processed (attempts are walked in id order). */
    cursor: uuid("cursor"),
    /** The instance working on it holds the lease until then; an expired lease can be taken over. */
    leaseUntil: timestamp("lease_until", { withTimezone: true, mode: "date" }),
    error: text("error"),
    startedBy: uuid("started_by").references(() => users.id, { onDelete: "set null" }),
    startedAt: timestamp("started_at", { withTimezone: true, mode: "date" }).notNull(),
    finishedAt: timestamp("finished_at", { withTimezone: true, mode: "date" }),
  },
  (table) => [
    uniqueIndex("regrade_jobs_one_running_per_quiz")
      .on(table.quizId)
      .where(sql`${table.status} = 'running'`),
    index().on(table.quizId, table.startedAt),
  ],
);

/**
 * A regrade's dry run, run as a job in batches (docs/decisions/0048): what a regrade onto
 * `target_revision_id` would change. Counts and the table's first rows grow batch by batch, so
 * any instance shows the progress and the finished result stays for the apply step. One per
 * quiz is kept: starting another replaces it.
 */
export const regradeDryRuns = pgTable(
  "regrade_dry_runs",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    quizId: uuid("quiz_id")
      .notNull()
      .references(() => quizzes.id, { onDelete: "cascade" }),
    targetRevisionId: uuid("target_revision_id")
      .notNull()
      .references(() => quizRevisions.id, { onDelete: "cascade" }),
    status: regradeStatusEnum("status").notNull().default("running"),
    /** Attempts scored on an earlier revision when the dry run started. */
    total: integer("total").notNull(),
    processed: integer("processed").notNull().default(0),
    /** Counts, marks per question and the first incompatibility, summed batch by batch. */
    summary: jsonb("summary").$type<Record<string, unknown>>().notNull(),
    /** The first changed attempts (at most the page's limit), in attempt id order. */
    rows: jsonb("rows").$type<unknown[]>().notNull(),
    cursor: uuid("cursor"),
    leaseUntil: timestamp("lease_until", { withTimezone: true, mode: "date" }),
    error: text("error"),
    startedBy: uuid("started_by").references(() => users.id, { onDelete: "set null" }),
    startedAt: timestamp("started_at", { withTimezone: true, mode: "date" }).notNull(),
    finishedAt: timestamp("finished_at", { withTimezone: true, mode: "date" }),
  },
  (table) => [uniqueIndex("regrade_dry_runs_one_per_quiz").on(table.quizId)],
);

/** An attempt's score before a regrade changed it: its history, newest last. */
export const attemptScoreHistory = pgTable(
  "attempt_score_history",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    attemptId: uuid("attempt_id")
      .notNull()
      .references(() => quizAttempts.id, { onDelete: "cascade" }),
    regradeJobId: uuid("regrade_job_id")
      .notNull()
      .references(() => regradeJobs.id, { onDelete: "cascade" }),
    /** The revision the previous score was computed with. */
    quizRevisionId: uuid("quiz_revision_id")
      .notNull()
      .references(() => quizRevisions.id, { onDelete: "restrict" }),
    points: doublePrecision("points"),
    maxPoints: doublePrecision("max_points"),
    percent: doublePrecision("percent"),
    passed: boolean("passed"),
    result: jsonb("result").$type<Record<string, unknown>>(),
    replacedAt: timestamp("replaced_at", { withTimezone: true, mode: "date" }).notNull(),
  },
  (table) => [uniqueIndex().on(table.attemptId, table.regradeJobId)],
);
