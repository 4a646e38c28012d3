import "server-only";
import { TRPCError } from "@trpc/server";
import { sql } from "drizzle-orm";
import type { Database, Executor } from "@soleus/auth/db-types";
import {
  DEFAULT_FLAG_THRESHOLDS,
  effectiveWeights,
  flagItem,
  statisticsItemsOf,
  wilsonInterval,
  type ItemFlag,
  type OptionFrequency,
  type Question,
  type QuestionType,
} from "@soleus/quiz-engine";
import { quizOfRevision } from "../attempts/quiz-source";
import type { ResultsScope } from "./filter";
import { columnFigures, describeBins, type Bin, type JointCell } from "./histogram-statistics";
import { itemHistograms } from "./item-histograms";

export interface OptionFrequencyRow extends OptionFrequency {
  text: string;
  misconception: string | null;
  /** Chosen by attempts in the middle third by quiz score. */
  middle: number;
}

export interface ItemRow {
  questionId: string;
  /** 1-based position in the revision. */
  position: number;
  type: QuestionType;
  prompt: string;
  points: number;
  objectives: string[];
  /** Fewer attempts than the engine's minimum (30): show "too few attempts to judge". */
  tooFewAttempts: boolean;
  attempts: number;
  facility: number;
  facilityInterval: { low: number; high: number };
  sd: number;
  randomGuessScore: number | null;
  intendedWeight: number;
  effectiveWeight: number | null;
  discriminationIndex: number | null;
  discriminativeEfficiency: number | null;
  frequencies: OptionFrequencyRow[];
  flags: ItemFlag[];
}

export interface ItemAnalysis {
  quiz: { id: string; slug: string; title: string; passPercent: number };
  /** The revision analysed: the filter's, else the newest one with submitted attempts. */
  revision: { id: string; revision: number; title: string } | null;
  /** The engine's minimum attempts before judging a question. */
  minAttempts: number;
  tooFewAttempts: boolean;
  attempts: number;
  mean: number;
  median: number;
  sd: number;
  skewness: number | null;
  kurtosis: number | null;
  cronbachAlpha: number | null;
  internalConsistency: number | null;
  errorRatio: number | null;
  standardError: number | null;
  questions: ItemRow[];
}

type RevisionRow = {
  id: string;
  revision: number;
  title: string;
  pass_percent: number;
  settings: unknown;
  questions: unknown;
  slug: string;
  published_title: string;
};

/** The revision to analyse, with the quiz (in scope: resolveScope checked it). */
async function pickRevision(db: Executor, scope: ResultsScope): Promise<RevisionRow | null> {
  const rows = await db.execute<RevisionRow>(sql`
    select r.id, r.revision, r.title, r.pass_percent, r.settings, r.questions, q.slug,
      coalesce((select p.title from quiz_revisions p where p.id = q.published_revision_id), r.title) as published_title
    from quiz_revisions r join quizzes q on q.id = r.quiz_id
    where r.quiz_id = ${scope.quizId}::uuid
      ${
        scope.quizRevisionId
          ? sql`and r.id = ${scope.quizRevisionId}::uuid`
          : sql`and exists (select 1 from quiz_attempts a where a.quiz_revision_id = r.id and a.status = 'submitted')`
      }
    order by r.revision desc limit 1`);
  return rows.rows[0] ?? null;
}

const optionTexts = (
  question: Question,
): Map<string, { text: string; misconception: string | null }> => {
  if (question.type === "single_choice" || question.type === "multiple_response")
    return new Map(
      question.options.map((o) => [o.id, { text: o.text, misconception: o.misconception ?? null }]),
    );
  if (question.type === "true_false")
    return new Map([
      [
        "true",
        { text: "True", misconception: question.answer ? null : (question.misconception ?? null) },
      ],
      [
        "false",
        { text: "False", misconception: question.answer ? (question.misconception ?? null) : null },
      ],
    ]);
  return new Map();
};

/** Item analysis of one quiz revision: the engine's statistics, from SQL histograms. */
export async function computeItemAnalysis(
  db: Database,
  scope: ResultsScope,
): Promise<ItemAnalysis> {
  if (!scope.quizId)
    throw new TRPCError({ code: "BAD_REQUEST", message: "Choose a quiz for its item analysis." });
  const revision = await pickRevision(db, scope);
  const limits = DEFAULT_FLAG_THRESHOLDS;
  const empty = (quiz: ItemAnalysis["quiz"], rev: ItemAnalysis["revision"]): ItemAnalysis => ({
    quiz,
    revision: rev,
    minAttempts: limits.minAttempts,
    tooFewAttempts: true,
    attempts: 0,
    mean: 0,
    median: 0,
    sd: 0,
    skewness: null,
    kurtosis: null,
    cronbachAlpha: null,
    internalConsistency: null,
    errorRatio: null,
    standardError: null,
    questions: [],
  });
  if (!revision) {
    const q = await db.execute<{
      slug: string;
      title: string | null;
      pass_percent: number | null;
    }>(sql`
      select q.slug, r.title, r.pass_percent from quizzes q left join quiz_revisions r on r.id = q.published_revision_id
      where q.id = ${scope.quizId}::uuid`);
    const row = q.rows[0];
    return empty(
      {
        id: scope.quizId,
        slug: row?.slug ?? "",
        title: row?.title ?? row?.slug ?? "",
        passPercent: row?.pass_percent ?? 0,
      },
      null,
    );
  }
  const quiz = quizOfRevision(revision.slug, {
    title: revision.title,
    passPercent: revision.pass_percent,
    settings: revision.settings as never,
    questions: revision.questions as never,
  });
  const items = statisticsItemsOf(quiz);
  const rows = await itemHistograms(db, scope, revision.id);

  const scoreBins: Bin[] = [];
  const totalBins: Bin[] = [];
  const joint = new Map<string, JointCell[]>();
  const choices = new Map<string, { grp: number; mask: number; count: number }[]>();
  for (const row of rows) {
    if (row.part === "score") {
      scoreBins.push({ value: row.x ?? 0, count: row.n });
      totalBins.push({ value: row.y ?? 0, count: row.n });
    } else if (row.part === "joint" && row.question_id !== null && row.x !== null) {
      const list = joint.get(row.question_id) ?? [];
      list.push({ mark: row.x, rest: row.y ?? 0, count: row.n });
      joint.set(row.question_id, list);
    } else if (row.part === "choice" && row.question_id !== null) {
      const list = choices.get(row.question_id) ?? [];
      list.push({ grp: row.grp ?? 0, mask: row.mask ?? 0, count: row.n });
      choices.set(row.question_id, list);
    }
  }
  const distribution = describeBins(scoreBins);
  const n = distribution.n;
  const totalMax = items.reduce((s, item) => s + item.maxPoints, 0);
  const tiny = 1e-12;

  const partial = items.map((item) => {
    const f = columnFigures(joint.get(item.id) ?? []);
    const fraction = item.maxPoints > 0 ? f.meanMark / item.maxPoints : 0;
    const interval = wilsonInterval(Math.min(1, Math.max(0, fraction)), f.n);
    return {
      figures: f,
      stats: {
        questionId: item.id,
        attempts: f.n,
        facility: 100 * fraction,
        facilityInterval: { low: 100 * interval.low, high: 100 * interval.high },
        sd: (100 * Math.sqrt(f.varianceMark)) / item.maxPoints,
        randomGuessScore: item.randomGuessScore === null ? null : 100 * item.randomGuessScore,
        intendedWeight: (100 * item.maxPoints) / totalMax,
        discriminationIndex:
          f.n > 1 && f.varianceMark > tiny && f.varianceRest > tiny
            ? (100 * f.covariance) / Math.sqrt(f.varianceMark * f.varianceRest)
            : null,
        discriminativeEfficiency:
          f.n > 1 && f.maxCovariance > tiny ? (100 * f.covariance) / f.maxCovariance : null,
        covarianceWithTotal: f.varianceMark + f.covariance,
      },
    };
  });

  const asked = partial.reduce((s, p) => s + p.figures.n, 0);
  const complete = asked === n * items.length && quiz.settings.pools.length === 0;
  let alpha: number | null = null;
  if (complete && items.length > 1 && n > 1) {
    const totalVariance = describeBins(totalBins).sd ** 2;
    const sumItemVariance = partial.reduce((s, p) => s + p.figures.varianceMark, 0);
    if (totalVariance > tiny)
      alpha = (items.length / (items.length - 1)) * (1 - sumItemVariance / totalVariance);
  }
  const errorRatio = alpha === null ? null : 100 * Math.sqrt(Math.max(0, 1 - alpha));
  const weights = effectiveWeights(partial.map((p) => p.stats.covarianceWithTotal));

  const questions = partial.map(({ stats }, i): ItemRow => {
    const item = items[i];
    const question = quiz.questions[i];
    if (!item || !question) throw new Error("item and question lists differ");
    const texts = optionTexts(question);
    const cells = choices.get(item.id) ?? [];
    const frequencies = item.options.map((option, o): OptionFrequencyRow => {
      let count = 0;
      let top = 0;
      let bottom = 0;
      for (const c of cells) {
        if ((c.mask & (1 << o)) === 0) continue;
        count += c.count;
        if (c.grp === 1) top += c.count;
        else if (c.grp === -1) bottom += c.count;
      }
      const text = texts.get(option.id);
      return {
        optionId: option.id,
        correct: option.correct,
        count,
        top,
        bottom,
        middle: count - top - bottom,
        percent: stats.attempts === 0 ? 0 : (100 * count) / stats.attempts,
        text: text?.text ?? option.id,
        misconception: text?.misconception ?? null,
      };
    });
    const full = { ...stats, effectiveWeight: weights[i] ?? null };
    const { covarianceWithTotal: _covariance, ...shown } = full;
    return {
      ...shown,
      position: i + 1,
      type: question.type,
      prompt: question.prompt,
      points: question.points,
      objectives: [...question.objectives],
      tooFewAttempts: stats.attempts < limits.minAttempts,
      frequencies,
      flags: flagItem(full, frequencies, limits),
    };
  });

  return {
    quiz: {
      id: scope.quizId,
      slug: revision.slug,
      title: revision.published_title,
      passPercent: revision.pass_percent,
    },
    revision: { id: revision.id, revision: revision.revision, title: revision.title },
    minAttempts: limits.minAttempts,
    tooFewAttempts: n < limits.minAttempts,
    attempts: n,
    mean: distribution.mean,
    median: distribution.median,
    sd: distribution.sd,
    skewness: distribution.skewness,
    kurtosis: distribution.kurtosis,
    cronbachAlpha: alpha,
    internalConsistency: alpha === null ? null : 100 * alpha,
    errorRatio,
    standardError: errorRatio === null ? null : (errorRatio / 100) * distribution.sd,
    questions,
  };
}
