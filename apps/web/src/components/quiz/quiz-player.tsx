"use client";
import "@soleus/learning-ui/learning.css";
import { useRouter } from "next/navigation";
import { useCallback, useEffect, useRef, useState } from "react";
import type { PublicQuiz } from "@soleus/api/learning-types";
import { ProgressBar } from "@soleus/ui/progress-bar";
import { isAnswered } from "@soleus/learning-ui/quiz/answer-text";
import { resultPath } from "~/learning/paths";
import { useTRPCClient } from "~/trpc/react";
import { ImmediateFeedback, type CheckOutcome } from "./immediate-feedback";
import { QuestionInput } from "@soleus/learning-ui/quiz/question-input";
import { QuestionNav } from "./question-nav";
import { QuizTimer } from "./quiz-timer";
import { SaveStatusLine } from "./save-status-line";
import { SubmitDialog } from "./submit-dialog";
import { useAutosave } from "./use-autosave";

export interface QuizPlayerProps {
  attemptId: string;
  quiz: PublicQuiz;
  responses: Record<string, unknown>;
  /** Immediate-feedback questions already answered fully right (locked). */
  solved: string[];
  /** 0-based question to open first (from ?q=). */
  startAt: number;
  /** The server's clock when the page was made, to correct this device's clock for the timer. */
  serverNow: number;
}

/** Takes one attempt: one question at a time, answers saved as the learner goes, a confirm step before submitting. */
export function QuizPlayer({
  attemptId,
  quiz,
  responses: initial,
  solved: initialSolved,
  startAt,
  serverNow,
}: QuizPlayerProps) {
  const client = useTRPCClient();
  const router = useRouter();
  const total = quiz.questions.length;
  const [index, setIndex] = useState(Math.min(Math.max(startAt, 0), total - 1));
  const [responses, setResponses] = useState(initial);
  const [solved, setSolved] = useState(() => new Set(initialSolved));
  const [checks, setChecks] = useState<Record<string, CheckOutcome>>({});
  const [submitError, setSubmitError] = useState<string | null>(null);
  const [submitting, setSubmitting] = useState(false);
  const [clockOffset] = useState(() => serverNow - Date.now());
  const headingRef = useRef<HTMLHeadingElement>(null);
  const moved = useRef(false);
  const saveOnLeave = useCallback(
    (questionId: string, response: unknown) =>
      void fetch("/api/trpc/attempts.saveResponse", {
        method: "POST",
        keepalive: true,
        headers: { "content-type": "application/json" },
        body: JSON.stringify({ json: { attemptId, questionId, response } }),
      }).catch(() => undefined),
    [attemptId],
  );
  const autosave = useAutosave(
    (questionId, response) =>
      client.attempts.saveResponse.mutate({ attemptId, questionId, response }),
    saveOnLeave,
  );

  const question = quiz.questions[index];
  const answeredCount = quiz.questions.filter((q) => isAnswered(q, responses[q.id])).length;
  const unanswered = quiz.questions.flatMap((q, i) =>
    isAnswered(q, responses[q.id]) ? [] : [i + 1],
  );

  useEffect(() => {
    if (!moved.current) return;
    moved.current = false;
    headingRef.current?.focus();
  }, [index]);

  function goTo(next: number) {
    const target = quiz.questions[next];
    // Remember where the learner is (server-side, so "continue" resumes here on any device), after
    // this question's waiting answer is sent.
    void (question ? autosave.flushQuestion(question.id) : Promise.resolve())
      .then(() =>
        target ? client.attempts.visit.mutate({ attemptId, questionId: target.id }) : undefined,
      )
      .catch(() => undefined);
    moved.current = true;
    setIndex(next);
    window.history.replaceState(null, "", `?q=${next + 1}`);
  }

  const submit = useCallback(async () => {
    setSubmitting(true);
    setSubmitError(null);
    const allSaved = await autosave.flush();
    if (!allSaved) {
      setSubmitting(false);
      setSubmitError(
        "Some answers could not be saved, so nothing was submitted yet. Check your connection and try again.",
      );
      return false;
    }
    try {
      await client.attempts.submit.mutate({ attemptId });
      router.push(resultPath(attemptId));
      return true;
    } catch (error) {
      setSubmitting(false);
      setSubmitError(
        `Your answers were not submitted: ${(error as Error).message || "the connection dropped"}. Please try again.`,
      );
      return false;
    }
  }, [attemptId, autosave, client, router]);

  if (!question) return null;
  const locked = solved.has(question.id);

  return (
    <div className="quiz-player">
      <div className="quiz-progress">
        <p className="quiz-progress__counts">
          <strong>
            Question {index + 1} of {total}
          </strong>
          <span aria-hidden="true"> · </span>
          <span>
            {answeredCount} of {total} answered
          </span>
        </p>
        <ProgressBar
          value={answeredCount}
          max={total}
          label={`${answeredCount} of ${total} questions answered`}
        />
        {quiz.deadline !== null ? (
          <QuizTimer
            deadline={quiz.deadline}
            timeLimitSeconds={quiz.timeLimitSeconds}
            clockOffset={clockOffset}
            onExpire={() => void submit()}
          />
        ) : null}
      </div>

      <section
        className="question-card"
        aria-labelledby="question-heading"
        onBlur={() => void autosave.flushQuestion(question.id)}
      >
        <h2 id="question-heading" ref={headingRef} tabIndex={-1} className="question-card__heading">
          Question {index + 1} of {total}
          <span className="question-card__points">
            {" "}
            ({question.points} {question.points === 1 ? "point" : "points"})
          </span>
        </h2>
        <QuestionInput
          key={question.id}
          question={question}
          response={responses[question.id]}
          idPrefix={`q-${question.id}`}
          disabled={locked || submitting}
          onChange={(response, options) => {
            setResponses((current) => ({ ...current, [question.id]: response }));
            autosave.queue(question.id, response, options?.typing ?? false);
          }}
        />
        {quiz.feedback === "immediate" ? (
          <ImmediateFeedback
            key={`check-${question.id}`}
            locked={locked}
            answered={isAnswered(question, responses[question.id])}
            outcome={checks[question.id]}
            onCheck={async () => {
              await autosave.flushQuestion(question.id);
              const outcome = await client.attempts.check.mutate({
                attemptId,
                questionId: question.id,
                response: responses[question.id],
              });
              setChecks((current) => ({ ...current, [question.id]: outcome }));
              if (outcome.locked) setSolved((current) => new Set(current).add(question.id));
            }}
          />
        ) : null}
      </section>

      <SaveStatusLine
        status={autosave.status}
        numberOf={(id) => quiz.questions.findIndex((q) => q.id === id) + 1}
        onRetry={(id) => void autosave.retry(id)}
      />

      <div className="quiz-actions">
        <button
          type="button"
          className="button button--secondary"
          disabled={index === 0}
          onClick={() => goTo(index - 1)}
        >
          Previous question
        </button>
        {index < total - 1 ? (
          <button type="button" className="button" onClick={() => goTo(index + 1)}>
            Next question
          </button>
        ) : null}
        <SubmitDialog
          unanswered={unanswered}
          total={total}
          submitting={submitting}
          error={submitError}
          onSubmit={submit}
          onGoTo={(n) => goTo(n - 1)}
        />
      </div>

      <QuestionNav questions={quiz.questions} responses={responses} current={index} onGoTo={goTo} />
    </div>
  );
}
