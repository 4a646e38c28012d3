import "server-only";
import { TRPCError } from "@trpc/server";
import { sql } from "drizzle-orm";
import type { Executor } from "@soleus/auth/db-types";
import {
  parseAttempt,
  resultOfAttempt,
  type QuestionResult,
  type QuestionType,
} from "@soleus/quiz-engine";
import { quizOfRevision } from "../attempts/quiz-source";
import { answerDisplay } from "./answer-display";
import { countedAttempts, uuidArray, type ResultsScope } from "./filter";

export interface ReviewedResponse {
  questionId: string;
  /** 1-based, in the order the learner saw the questions. */
  position: number;
  type: QuestionType;
  prompt: string;
  /** Choice and true/false questions: the options in the order shown, with the learner's choice. */
  options: { id: string; text: string; correct: boolean; chosen: boolean }[];
  /** Other types: the learner's answer as text; null when unanswered or a choice question. */
  answer: string | null;
  earned: number;
  max: number;
  status: QuestionResult["status"];
  feedback: string[];
  misconceptions: string[];
  explanation: string;
}

export interface LearnerAttempts {
  learner: { id: string; name: string | null; email: string };
  attempts: {
    attemptId: string;
    quizId: string;
    quizSlug: string;
    quizTitle: string;
    attemptNumber: number;
    submittedAt: string | null;
    percent: number | null;
    passed: boolean | null;
    responses: ReviewedResponse[];
  }[];
}

const MAX_ATTEMPTS_SHOWN = 200;

/** One learner's counted attempts in scope, newest first, each response as they saw it. */
export async function computeLearnerAttempts(
  db: Executor,
  scope: ResultsScope,
  userId: string,
): Promise<LearnerAttempts> {
  const learner = await db.execute<{ id: string; name: string | null; email: string }>(
    sql`select id, name, email from users where id = ${userId}::uuid`,
  );
  const person = learner.rows[0];
  if (!person) throw new TRPCError({ code: "NOT_FOUND", message: "There is no such learner." });
  const rows = await db.execute<{
    id: string;
    quiz_id: string;
    slug: string;
    attempt_number: number;
    submitted_at: string | null;
    percent: number | null;
    passed: boolean | null;
    state: { questionIds?: string[]; layouts?: Record<string, Record<string, string[]>> };
    result: { questions?: QuestionResult[] } | null;
    title: string;
    pass_percent: number;
    settings: unknown;
    questions: unknown;
  }>(sql`
    select k.id, k.quiz_id, q.slug, k.attempt_number,
      to_char(k.submitted_at at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"') as submitted_at,
      k.percent, k.passed, a.state, a.result, r.title, r.pass_percent, r.settings, r.questions
    from (${countedAttempts(scope, sql`a.user_id = ${userId}::uuid`)}) k
    join quiz_attempts a on a.id = k.id
    join quizzes q on q.id = k.quiz_id
    join quiz_revisions r on r.id = k.quiz_revision_id
    order by k.submitted_at desc limit ${MAX_ATTEMPTS_SHOWN}`);
  if (rows.rows.length === 0) {
    // Only people with attempts in courses the caller reviews are visible to the caller.
    const seen = await db.execute(sql`
      select 1 from quiz_attempts a where a.user_id = ${userId}::uuid and a.status = 'submitted'
        and a.course_id = any(${uuidArray(scope.courseIds)}) limit 1`);
    if (seen.rows.length === 0)
      throw new TRPCError({ code: "NOT_FOUND", message: "There is no such learner." });
  }
  const responses = await db.execute<{
    attempt_id: string;
    question_id: string;
    answer_text: string | null;
    chosen_options: string[] | null;
  }>(sql`
    select attempt_id, question_id, answer_text, chosen_options from attempt_responses
    where attempt_id = any(${`{${rows.rows.map((r) => r.id).join(",")}}`}::uuid[])`);
  const stored = new Map(responses.rows.map((r) => [`${r.attempt_id}/${r.question_id}`, r]));
  return {
    learner: person,
    attempts: rows.rows.map((row) => {
      const quiz = quizOfRevision(row.slug, {
        title: row.title,
        passPercent: row.pass_percent,
        settings: row.settings as never,
        questions: row.questions as never,
      });
      const byId = new Map(quiz.questions.map((q) => [q.id, q]));
      // Generated attempts store no result (docs/decisions/0033): score the stored state again.
      const results =
        row.result?.questions ?? resultOfAttempt(quiz, parseAttempt(quiz, row.state)).questions;
      return {
        attemptId: row.id,
        quizId: row.quiz_id,
        quizSlug: row.slug,
        quizTitle: row.title,
        attemptNumber: row.attempt_number,
        submittedAt: row.submitted_at,
        percent: row.percent,
        passed: row.passed,
        responses: results.flatMap((res, i): ReviewedResponse[] => {
          const question = byId.get(res.questionId);
          if (!question) return [];
          const saved = stored.get(`${row.id}/${res.questionId}`);
          const chosen = new Set(saved?.chosen_options ?? []);
          const layout = row.state.layouts?.[res.questionId] ?? {};
          let options: ReviewedResponse["options"] = [];
          if (question.type === "single_choice" || question.type === "multiple_response") {
            const byOption = new Map(question.options.map((o) => [o.id, o]));
            const order = layout.options ?? question.options.map((o) => o.id);
            options = order.flatMap((id) => {
              const o = byOption.get(id);
              return o ? [{ id, text: o.text, correct: o.correct, chosen: chosen.has(id) }] : [];
            });
          } else if (question.type === "true_false") {
            options = [true, false].map((v) => ({
              id: String(v),
              text: v ? "True" : "False",
              correct: question.answer === v,
              chosen: chosen.has(String(v)),
            }));
          }
          return [
            {
              questionId: res.questionId,
              position: i + 1,
              type: question.type,
              prompt: question.prompt,
              options,
              answer:
                options.length === 0 && saved?.answer_text
                  ? answerDisplay(question, saved.answer_text)
                  : null,
              earned: res.earned,
              max: res.max,
              status: res.status,
              feedback: [...res.feedback],
              misconceptions: [...res.misconceptions],
              explanation: res.explanation,
            },
          ];
        }),
      };
    }),
  };
}
