import "server-only";
import type { Executor } from "@soleus/auth/db-types";
import { decideRegrade } from "./decide";
import {
  candidatePage,
  learnersByIds,
  regradeTarget,
  yieldToEventLoop,
  type CandidateAttempt,
} from "./regrade-source";

/** Attempts read and scored per page: small enough that no page holds the event loop for long. */
const PAGE = 1000;
/** Rows of the dry run's table sent to the browser (the counts always cover every attempt). */
export const DRY_RUN_ROW_LIMIT = 2000;

interface ScoreView {
  points: number;
  maxPoints: number;
  percent: number;
  passed: boolean;
}

export interface DryRunRow {
  attemptId: string;
  learner: string;
  email: string;
  attemptNumber: number;
  submittedAt: Date | null;
  before: ScoreView;
  after: ScoreView;
  passFlip: "none" | "now_passes" | "now_fails";
  /** Whether "only raise scores" would apply this change (a lower score is kept). */
  raises: boolean;
  changedQuestions: string[];
}

const scoreOf = (s: ScoreView): ScoreView => ({
  points: s.points,
  maxPoints: s.maxPoints,
  percent: s.percent,
  passed: s.passed,
});

/**
 * What a regrade onto the published revision would change, before anything changes: every
 * attempt scored on an earlier revision is scored again with the engine. Reads only.
 */
export async function dryRunRegrade(db: Executor, quizId: string) {
  const target = await regradeTarget(db, quizId);
  const rows: (Omit<DryRunRow, "learner" | "email"> & { userId: string })[] = [];
  const perQuestion = new Map<string, { changed: number; raised: number; lowered: number }>();
  let examined = 0;
  let changed = 0;
  let raised = 0;
  let lowered = 0;
  let nowPass = 0;
  let nowFail = 0;
  let unchanged = 0;
  let incompatible = 0;
  let firstIncompatibleReason: string | null = null;
  // The next page is read while this one is scored: PostgreSQL and Node work at the same time.
  let next: Promise<CandidateAttempt[]> | null = candidatePage(db, target, null, PAGE);
  while (next) {
    const page: CandidateAttempt[] = await next;
    const last = page[page.length - 1];
    next = page.length === PAGE && last ? candidatePage(db, target, last.id, PAGE) : null;
    for (const attempt of page) {
      examined += 1;
      const decision = decideRegrade(target.quiz, attempt, "all");
      const outcome = decision.action === "rewrite" ? decision.outcome : null;
      if (!outcome) {
        incompatible += 1;
        firstIncompatibleReason ??= decision.action === "keep" ? (decision.reason ?? null) : null;
        continue;
      }
      if (!outcome.changed) {
        unchanged += 1;
        continue;
      }
      changed += 1;
      const raises = outcome.result.percent >= attempt.stored.percent - 1e-9;
      if (outcome.result.percent > attempt.stored.percent + 1e-9) raised += 1;
      if (!raises) lowered += 1;
      if (outcome.passFlip === "now_passes") nowPass += 1;
      if (outcome.passFlip === "now_fails") nowFail += 1;
      const before = new Map(attempt.stored.questions.map((q) => [q.questionId, q.earned]));
      for (const question of outcome.result.questions) {
        if (!outcome.changedQuestions.includes(question.questionId)) continue;
        const entry = perQuestion.get(question.questionId) ?? { changed: 0, raised: 0, lowered: 0 };
        entry.changed += 1;
        const old = before.get(question.questionId) ?? 0;
        if (question.earned > old + 1e-9) entry.raised += 1;
        if (question.earned < old - 1e-9) entry.lowered += 1;
        perQuestion.set(question.questionId, entry);
      }
      if (rows.length < DRY_RUN_ROW_LIMIT)
        rows.push({
          attemptId: attempt.id,
          userId: attempt.userId,
          attemptNumber: attempt.attemptNumber,
          submittedAt: attempt.submittedAt,
          before: scoreOf(attempt.stored),
          after: scoreOf(outcome.result),
          passFlip: outcome.passFlip,
          raises,
          changedQuestions: outcome.changedQuestions,
        });
    }
    await yieldToEventLoop();
  }
  const learners = await learnersByIds(
    db,
    rows.map((r) => r.userId),
  );
  const order = new Map(target.quiz.questions.map((q, i) => [q.id, i]));
  return {
    quizId,
    targetRevisionId: target.revisionId,
    targetRevisionNumber: target.revisionNumber,
    title: target.title,
    examined,
    changed,
    raised,
    lowered,
    nowPass,
    nowFail,
    unchanged,
    incompatible,
    firstIncompatibleReason,
    perQuestion: [...perQuestion.entries()]
      .sort(([a], [b]) => (order.get(a) ?? 0) - (order.get(b) ?? 0))
      .map(([questionId, counts]) => ({ questionId, ...counts })),
    rows: rows.map(({ userId, ...row }): DryRunRow => {
      const learner = learners.get(userId);
      return {
        ...row,
        learner: learner?.name ?? learner?.email ?? "",
        email: learner?.email ?? "",
      };
    }),
    rowsTruncated: changed > rows.length,
  };
}
export type DryRun = Awaited<ReturnType<typeof dryRunRegrade>>;
