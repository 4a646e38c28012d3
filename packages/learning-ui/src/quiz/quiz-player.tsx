"use client";
import { useCallback, useEffect, useRef, useState } from "react";
import type { PublicQuiz } from "@soleus/quiz-engine/schema";
import { ProgressBar } from "@soleus/ui/progress-bar";
import { isAnswered } from "./answer-text";
import { ImmediateFeedback, type CheckOutcome } from "./immediate-feedback";
import { QuestionInput } from "./question-input";
import { QuestionNav } from "./question-nav";
import { QuizTimer } from "./quiz-timer";
import { SaveStatusLine } from "./save-status-line";
import { SubmitDialog } from "./submit-dialog";
import { useAnswerAutosave } from "./use-answer-autosave";

/**
 * Where an attempt's answers go: the learner site sends them to the attempts api, the editor's
 * preview applies the same engine functions in memory. The player itself knows neither.
 */
export interface AttemptChannel {
  save: (questionId: string, response: unknown) => Promise<unknown>;
  /** A last send as the page goes away (a request that outlives it); none where nothing is sent. */
  saveOnLeave?: (questionId: string, response: unknown) => void;
  /** The learner moved to a question (so the attempt resumes there). */
  visit: (questionId: string) => Promise<unknown>;
  /** Immediate feedback: score this answer now. */
  check: (questionId: string, response: unknown) => Promise<CheckOutcome>;
  /** Scores the attempt and shows its result; throws when it could not. */
  submit: () => Promise<void>;
}

export interface QuizPlayerProps {
  quiz: PublicQuiz;
  responses: Record<string, unknown>;
  /** Immediate-feedback questions already answered fully right (locked). */
  solved: string[];
  /** 0-based question to open first (from ?q=). */
  startAt: number;
  /** The server's clock when the page was made, to correct this device's clock for the timer. */
  serverNow: number;
  channel: AttemptChannel;
  /** Keep the address in step with the question shown (?q=N); off inside a preview frame. */
  trackInAddress?: boolean;
}

/** Takes one attempt: one question at a time, answers saved as the learner goes, a confirm step before submitting. */
export function QuizPlayer({
  quiz,
  responses: initial,
  solved: initialSolved,
  startAt,
  serverNow,
  channel,
  trackInAddress = true,
}: QuizPlayerProps) {
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
  const autosave = useAnswerAutosave(channel.save, channel.saveOnLeave);

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
      .then(() => (target ? channel.visit(target.id) : undefined))
      .catch(() => undefined);
    moved.current = true;
    setIndex(next);
    if (trackInAddress) window.history.replaceState(null, "", `?q=${next + 1}`);
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
      await channel.submit();
      return true;
    } catch (error) {
      setSubmitting(false);
      setSubmitError(
        `Your answers were not submitted: ${(error as Error).message || "the connection dropped"}. Please try again.`,
      );
      return false;
    }
  }, [autosave, channel]);

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
              const outcome = await channel.check(question.id, responses[question.id]);
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
