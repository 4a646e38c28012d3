import "server-only";
import { sql } from "drizzle-orm";
import type { Executor } from "@soleus/auth/db-types";
import { countedAttempts, type ResultsScope } from "./filter";

export interface MisconceptionRow {
  misconception: string;
  /** Learners who chose it at least once in their counted attempts. */
  learners: number;
  /** learners as a percent of all learners with a counted attempt in scope. */
  percentOfLearners: number;
  /** Responses that chose it. */
  responses: number;
  questions: { quizId: string; quizSlug: string; questionId: string }[];
}

export interface Misconceptions {
  learners: number;
  items: MisconceptionRow[];
}

/** Misconceptions chosen, ranked by how many learners chose them, across quizzes in scope. */
export async function computeMisconceptions(
  db: Executor,
  scope: ResultsScope,
  limit: number,
): Promise<Misconceptions> {
  const counted = countedAttempts(scope);
  const [rows, learners] = await Promise.all([
    db.execute<{
      misconception: string;
      learners: number;
      responses: number;
      questions: { quizId: string; quizSlug: string; questionId: string }[];
    }>(sql`
      with k as (${counted}),
      chosen as (
        select m.misconception, k.user_id, r.quiz_id, r.question_id
        from attempt_responses r join k on k.id = r.attempt_id
        cross join lateral unnest(r.misconceptions) as m(misconception)
        where cardinality(r.misconceptions) > 0
      )
      select c.misconception, count(distinct c.user_id)::int as learners, count(*)::int as responses,
        (select jsonb_agg(distinct jsonb_build_object('quizId', q.id, 'quizSlug', q.slug, 'questionId', x.question_id))
           from (select distinct c2.quiz_id, c2.question_id from chosen c2 where c2.misconception = c.misconception) x
           join quizzes q on q.id = x.quiz_id) as questions
      from chosen c group by c.misconception
      order by learners desc, responses desc, c.misconception limit ${limit}`),
    db.execute<{ n: number }>(sql`select count(distinct k.user_id)::int as n from (${counted}) k`),
  ]);
  const total = learners.rows[0]?.n ?? 0;
  return {
    learners: total,
    items: rows.rows.map((r) => ({
      misconception: r.misconception,
      learners: r.learners,
      percentOfLearners: total === 0 ? 0 : (100 * r.learners) / total,
      responses: r.responses,
      questions: r.questions,
    })),
  };
}
