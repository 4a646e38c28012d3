import "server-only";
import { TRPCError } from "@trpc/server";
import { sql } from "drizzle-orm";
import type { Executor } from "@soleus/auth/db-types";
import type { QuestionType } from "@soleus/quiz-engine";
import { quizOfRevision } from "../attempts/quiz-source";
import { answerDisplay } from "./answer-display";
import { countedAttempts, type ResultsScope } from "./filter";

const OPEN_TYPES = ["numeric", "short_text", "ordering", "matching", "fill_blanks"] as const;

export interface WrongAnswers {
  questions: {
    questionId: string;
    type: QuestionType;
    prompt: string;
    /** Responses to the question that were answered (any result). */
    answered: number;
    answers: { answer: string; count: number; percent: number }[];
  }[];
}

/**
 * The most common wrong (incorrect or partly right) answers per numeric, short-text,
 * ordering, matching and fill-in question of one quiz, grouped on the stored canonical text.
 */
export async function computeWrongAnswers(
  db: Executor,
  scope: ResultsScope,
  questionId: string | undefined,
  limit: number,
): Promise<WrongAnswers> {
  if (!scope.quizId)
    throw new TRPCError({ code: "BAD_REQUEST", message: "Choose a quiz for its wrong answers." });
  const [revisionRows, rows] = await Promise.all([
    db.execute<{
      slug: string;
      title: string;
      pass_percent: number;
      settings: unknown;
      questions: unknown;
    }>(sql`
      select q.slug, r.title, r.pass_percent, r.settings, r.questions from quizzes q join quiz_revisions r on r.quiz_id = q.id
      where q.id = ${scope.quizId}::uuid ${scope.quizRevisionId ? sql`and r.id = ${scope.quizRevisionId}::uuid` : sql``}
      order by (r.id = q.published_revision_id) desc, r.revision desc limit 1`),
    db.execute<{
      question_id: string;
      answer_text: string | null;
      n: number;
      answered: number;
    }>(sql`
      with k as (${countedAttempts(scope)}),
      answers as (
        select r.question_id, r.answer_text, r.state
        from attempt_responses r join k on k.id = r.attempt_id
        where r.quiz_id = ${scope.quizId}::uuid
          and r.question_type in ('numeric', 'short_text', 'ordering', 'matching', 'fill_blanks')
          and r.state <> 'unanswered'
          ${questionId ? sql`and r.question_id = ${questionId}` : sql``}
      ),
      grouped as (
        select question_id, answer_text, count(*)::int as n,
          row_number() over (partition by question_id order by count(*) desc, answer_text) as rank
        from answers where state <> 'correct' and answer_text is not null
        group by question_id, answer_text
      )
      select a.question_id, g.answer_text, coalesce(g.n, 0) as n, a.answered
      from (select question_id, count(*)::int as answered from answers group by question_id) a
      left join grouped g on g.question_id = a.question_id and g.rank <= ${limit}
      order by a.question_id, g.n desc nulls last, g.answer_text`),
  ]);
  const revision = revisionRows.rows[0];
  if (!revision) return { questions: [] };
  const quiz = quizOfRevision(revision.slug, {
    title: revision.title,
    passPercent: revision.pass_percent,
    settings: revision.settings as never,
    questions: revision.questions as never,
  });
  const byQuestion = new Map<string, typeof rows.rows>();
  for (const row of rows.rows)
    byQuestion.set(row.question_id, [...(byQuestion.get(row.question_id) ?? []), row]);
  return {
    questions: quiz.questions
      .filter((q) => (OPEN_TYPES as readonly string[]).includes(q.type))
      .filter((q) => !questionId || q.id === questionId)
      .map((q) => {
        const found = byQuestion.get(q.id) ?? [];
        const answered = found[0]?.answered ?? 0;
        return {
          questionId: q.id,
          type: q.type,
          prompt: q.prompt,
          answered,
          answers: found
            .filter((r): r is typeof r & { answer_text: string } => r.answer_text !== null)
            .map((r) => ({
              answer: answerDisplay(q, r.answer_text),
              count: r.n,
              percent: answered === 0 ? 0 : (100 * r.n) / answered,
            })),
        };
      }),
  };
}
