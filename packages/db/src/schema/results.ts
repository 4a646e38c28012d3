import {
  index,
  integer,
  jsonb,
  pgTable,
  primaryKey,
  text,
  timestamp,
  uuid,
} from "drizzle-orm/pg-core";
import { courses, quizzes } from "./content";

/**
 * Counters of submitted attempts per quiz, bumped in the submit transaction. Cached results
 * name the sum of their quizzes' counters, so a cache entry is current exactly while no
 * attempt of its quizzes was submitted since (docs/decisions/0032). Each quiz's counter is
 * split into shards (the submitting connection's backend pid modulo 64): concurrent submits
 * run on different connections, so they bump different rows and never wait for each other's
 * row lock (docs/decisions/0046).
 */
export const resultStamps = pgTable(
  "result_stamps",
  {
    quizId: uuid("quiz_id")
      .notNull()
      .references(() => quizzes.id, { onDelete: "cascade" }),
    shard: integer("shard").notNull().default(0),
    courseId: uuid("course_id")
      .notNull()
      .references(() => courses.id, { onDelete: "cascade" }),
    submitted: integer("submitted").notNull().default(0),
    changedAt: timestamp("changed_at", { withTimezone: true, mode: "date" }).notNull().defaultNow(),
  },
  (table) => [primaryKey({ columns: [table.quizId, table.shard] })],
);

/** Computed results views, keyed by view and filter, valid while `stamp` is current. */
export const resultCache = pgTable(
  "result_cache",
  {
    key: text("key").primaryKey(),
    stamp: text("stamp").notNull(),
    payload: jsonb("payload").notNull(),
    computedAt: timestamp("computed_at", { withTimezone: true, mode: "date" })
      .notNull()
      .defaultNow(),
  },
  (table) => [index().on(table.computedAt)],
);
