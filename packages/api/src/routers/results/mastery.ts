import "server-only";
import { sql } from "drizzle-orm";
import type { Executor } from "@soleus/auth/db-types";
import { parseMasteryThresholds, type MasteryThresholds } from "@soleus/quiz-engine";
import { countedAttempts, uuidArray, type ResultsScope } from "./filter";

export interface ObjectiveMastery {
  objectiveId: string;
  /** From the course's published revision; the id when the course does not name it. */
  title: string;
  /** Learners who were asked a question on this objective. */
  learners: number;
  levels: {
    notStarted: number;
    attempted: number;
    familiar: number;
    proficient: number;
    mastered: number;
  };
  /** Percent of `learners` at proficient or mastered. */
  proficientOrBetterPercent: number;
}

export interface MasteryAcrossLearners {
  /** The learner site's levels (quiz-engine's defaults): minimum percent for each. */
  thresholds: MasteryThresholds;
  objectives: ObjectiveMastery[];
}

/**
 * Per learner and objective, the percent of the objective's points earned over the counted
 * attempts, put in the learner site's mastery levels (quiz-engine masteryLevel, same
 * thresholds), then counted per objective. All in SQL.
 */
export async function computeObjectiveMastery(
  db: Executor,
  scope: ResultsScope,
): Promise<MasteryAcrossLearners> {
  const t = parseMasteryThresholds(undefined);
  const rows = await db.execute<{
    objective: string;
    learners: number;
    not_started: number;
    attempted: number;
    familiar: number;
    proficient: number;
    mastered: number;
  }>(sql`
    with k as (${countedAttempts(scope)}),
    per as (
      select k.user_id, o.objective,
        case when sum(r.max) > 0 then 100 * sum(r.earned) / sum(r.max) else 0 end as pct,
        bool_or(r.state <> 'unanswered') as answered
      from attempt_responses r join k on k.id = r.attempt_id
      cross join lateral unnest(r.objectives) as o(objective)
      group by k.user_id, o.objective
    )
    select objective, count(*)::int as learners,
      count(*) filter (where not answered)::int as not_started,
      count(*) filter (where answered and pct < ${t.familiar})::int as attempted,
      count(*) filter (where answered and pct >= ${t.familiar} and pct < ${t.proficient})::int as familiar,
      count(*) filter (where answered and pct >= ${t.proficient} and pct < ${t.mastered})::int as proficient,
      count(*) filter (where answered and pct >= ${t.mastered})::int as mastered
    from per group by objective order by objective`);
  const titles = await db.execute<{ id: string; title: string }>(sql`
    select o->>'id' as id, o->>'title' as title
    from courses c join course_revisions r on r.id = c.published_revision_id
    cross join lateral jsonb_array_elements(r.objectives) as o
    where c.id = any(${uuidArray(scope.courseIds)})`);
  const titleOf = new Map(titles.rows.map((r) => [r.id, r.title]));
  return {
    thresholds: t,
    objectives: rows.rows.map((r) => ({
      objectiveId: r.objective,
      title: titleOf.get(r.objective) ?? r.objective,
      learners: r.learners,
      levels: {
        notStarted: r.not_started,
        attempted: r.attempted,
        familiar: r.familiar,
        proficient: r.proficient,
        mastered: r.mastered,
      },
      proficientOrBetterPercent:
        r.learners === 0 ? 0 : (100 * (r.proficient + r.mastered)) / r.learners,
    })),
  };
}
