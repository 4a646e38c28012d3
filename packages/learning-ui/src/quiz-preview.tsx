"use client";

import { useEffect, useMemo, useRef, useState } from "react";
import {
  assembleAttempt,
  checkAnswer,
  checkOutcomeForLearner,
  correctAnswersForLearner,
  learnerMessageOf,
  mayShowCorrectAnswers,
  parseQuiz,
  quizFactsForLearner,
  recordResponse,
  responsesForLearner,
  submitAttempt,
  toPublicQuiz,
  visitQuestion,
  type Attempt,
  type AttemptResult,
  type Quiz,
} from "@soleus/quiz-engine";
import { formatDate } from "@soleus/ui/format-date";
import { PreviewControls, usePreviewDisplay } from "./preview-controls";
import { PreviewFrame } from "./preview-frame";
import { QuizIntro } from "./quiz/quiz-intro";
import { QuizPlayer, type AttemptChannel } from "./quiz/quiz-player";
import { AttemptHistoryTable, attemptScoreLabel } from "./results/attempt-history";
import { AttemptResultView } from "./results/attempt-result";

type Section = { lesson: string; anchor: string };

/** A preview seed: chosen here, never stored (a re-roll picks another). */
function newSeed(): string {
  const bytes = new Uint8Array(8);
  crypto.getRandomValues(bytes);
  return Array.from(bytes, (b) => b.toString(16).padStart(2, "0")).join("");
}

/** An engine refusal as the attempts api words it, so the player shows what a learner would read. */
function asLearnerError(error: unknown): Error {
  const worded = learnerMessageOf(error)?.message;
  return new Error(worded ?? (error instanceof Error ? error.message : String(error)), {
    cause: error,
  });
}

/** A submitted preview attempt, kept for the "Your attempts" table until the preview restarts. */
interface PreviewAttempt {
  attempt: Attempt;
  result: AttemptResult;
  submittedAt: number;
}

type Stage =
  | { kind: "intro" }
  | { kind: "playing"; attempt: Attempt; run: number }
  | { kind: "result"; attempt: Attempt; result: AttemptResult };

export interface QuizPreviewProps {
  /** The quiz as the editor holds it (`{ id, title, passPercent, settings, questions }`). */
  quizInput: unknown;
  /** The quiz's name in a sentence, as the learner's result page says it ("Meet the soleus check"). */
  name: string;
  objectiveTitles: Record<string, string>;
  lessonTitle: (slug: string) => string;
  sectionTitle: (section: Section) => { lesson: string; heading: string };
  sectionHref: (section: Section) => string;
}

/**
 * "Preview as a learner": the learner site's three pages — the quiz's "Before you start", the
 * player (one question at a time, immediate feedback, the timer, the submit dialog) and the
 * result — from the same components and the same engine functions (assembleAttempt,
 * toPublicQuiz, recordResponse, checkAnswer, submitAttempt and the learner views of their
 * results), in a frame with the learner site's text sizes, themes and phone width. The attempt
 * lives in this component's memory only: nothing is sent to the server, nothing is stored.
 */
export function QuizPreview({
  quizInput,
  name,
  objectiveTitles,
  lessonTitle,
  sectionTitle,
  sectionHref,
}: QuizPreviewProps) {
  const [display, setDisplay] = usePreviewDisplay();
  const [seed, setSeed] = useState(newSeed);
  const [stage, setStage] = useState<Stage>({ kind: "intro" });
  // Preview attempts submitted so far, newest first (the "attempts left", "take it again" and
  // "Your attempts" a learner sees).
  const [history, setHistory] = useState<PreviewAttempt[]>([]);
  const attemptsUsed = history.length;
  // The learner's "See my progress" leads out of the quiz: the preview says so instead.
  const [progressNote, setProgressNote] = useState(false);
  const attemptRef = useRef<Attempt | null>(null);
  const headingRef = useRef<HTMLHeadingElement>(null);
  const moved = useRef(false);
  const runs = useRef(0);

  const source = JSON.stringify(quizInput);
  const prepared = useMemo((): { quiz: Quiz; error: null } | { quiz: null; error: string } => {
    try {
      return { quiz: parseQuiz(JSON.parse(source)), error: null };
    } catch {
      return {
        quiz: null,
        error:
          "Fix the problems marked in the editor first: the preview shows a quiz that could be published.",
      };
    }
  }, [source]);
  // A changed quiz starts the preview again: an attempt belongs to the quiz it was assembled from.
  const [previewed, setPreviewed] = useState(source);
  if (previewed !== source) {
    setPreviewed(source);
    setStage({ kind: "intro" });
    setHistory([]);
  }

  useEffect(() => {
    if (!moved.current) return;
    moved.current = false;
    headingRef.current?.focus();
  }, [stage.kind]);

  const quiz = prepared.quiz;
  const start = (attemptNumber: number, withSeed: string) => {
    if (!quiz) return;
    const attempt = assembleAttempt(quiz, {
      seed: `${withSeed}:${String(attemptNumber)}`,
      now: Date.now(),
      attemptNumber,
    });
    attemptRef.current = attempt;
    moved.current = true;
    setProgressNote(false);
    runs.current += 1;
    setStage({ kind: "playing", attempt, run: runs.current });
  };

  const channel = useMemo<AttemptChannel | null>(() => {
    if (!quiz) return null;
    // Engine work on the open preview attempt, settled as a request would be (refusals worded
    // as the attempts api words them).
    const onAttempt = <T,>(work: (attempt: Attempt) => T): Promise<T> => {
      try {
        const current = attemptRef.current;
        if (!current) throw new Error("The preview attempt is not open.");
        return Promise.resolve(work(current));
      } catch (error) {
        return Promise.reject(asLearnerError(error));
      }
    };
    return {
      save: (questionId, response) =>
        onAttempt((attempt) => {
          attemptRef.current = recordResponse(quiz, attempt, questionId, response, Date.now(), {
            idsFrom: "learner",
          });
        }),
      visit: (questionId) =>
        onAttempt((attempt) => {
          attemptRef.current = visitQuestion(quiz, attempt, questionId, Date.now());
        }),
      check: (questionId, response) =>
        onAttempt((attempt) => {
          const checked = checkAnswer(quiz, attempt, questionId, response, Date.now(), {
            idsFrom: "learner",
          });
          attemptRef.current = checked.attempt;
          return checkOutcomeForLearner(questionId, checked);
        }),
      submit: () =>
        onAttempt((attempt) => {
          const submitted = submitAttempt(quiz, attempt, Date.now());
          attemptRef.current = null;
          moved.current = true;
          setHistory((earlier) => [
            { attempt: submitted.attempt, result: submitted.result, submittedAt: Date.now() },
            ...earlier,
          ]);
          setStage({ kind: "result", attempt: submitted.attempt, result: submitted.result });
        }),
    };
  }, [quiz]);

  if (!quiz || !channel) return <p role="alert">{prepared.error}</p>;
  const allowed = quiz.settings.attemptsAllowed;
  const canStart = allowed === null || attemptsUsed < allowed;

  let page;
  if (stage.kind === "intro") {
    page = (
      <>
        <h1 ref={headingRef} tabIndex={-1}>
          {quiz.title}
        </h1>
        <QuizIntro
          facts={quizFactsForLearner(quiz, { attemptsUsed, timeMultiplier: null })}
          open={false}
          start={
            <button
              type="button"
              className="button"
              disabled={!canStart}
              onClick={() => {
                start(attemptsUsed + 1, seed);
              }}
            >
              {attemptsUsed > 0 ? "Start a new attempt" : "Start the quiz"}
            </button>
          }
        />
        <AttemptHistoryTable
          rows={history.map(({ attempt, result, submittedAt }) => ({
            key: String(attempt.attemptNumber),
            attemptNumber: attempt.attemptNumber,
            when: (
              <time dateTime={new Date(submittedAt).toISOString()}>
                {/* The learner site's format; in this browser's zone (the attempt is only here). */}
                {formatDate(
                  new Date(submittedAt),
                  Intl.DateTimeFormat().resolvedOptions().timeZone,
                  "dayAndTime",
                )}
              </time>
            ),
            score: attemptScoreLabel({
              status: "submitted",
              percent: result.percent,
              passed: result.passed,
            }),
            details: (
              <button
                type="button"
                className="button button--secondary"
                onClick={() => {
                  moved.current = true;
                  setProgressNote(false);
                  setStage({ kind: "result", attempt, result });
                }}
              >
                See result
                <span className="visually-hidden"> of attempt {attempt.attemptNumber}</span>
              </button>
            ),
          }))}
        />
      </>
    );
  } else if (stage.kind === "playing") {
    page = (
      <>
        <h1 ref={headingRef} tabIndex={-1}>
          {quiz.title}
        </h1>
        <QuizPlayer
          key={stage.run}
          quiz={toPublicQuiz(quiz, stage.attempt)}
          responses={{}}
          solved={[]}
          startAt={0}
          serverNow={Date.now()}
          channel={channel}
          trackInAddress={false}
        />
      </>
    );
  } else {
    const { attempt, result } = stage;
    const standing = { passedAny: history.some((kept) => kept.result.passed), attemptsUsed };
    page = (
      <>
        <h1 ref={headingRef} tabIndex={-1}>
          Your result — {name}
        </h1>
        <AttemptResultView
          result={result}
          attemptNumber={attempt.attemptNumber}
          passPercent={quiz.passPercent}
          corrected={false}
          objectiveTitles={objectiveTitles}
          lessonTitle={lessonTitle}
          sectionTitle={sectionTitle}
          sectionHref={sectionHref}
          questions={toPublicQuiz(quiz, attempt).questions}
          responses={responsesForLearner(quiz, attempt)}
          correctAnswers={
            mayShowCorrectAnswers(quiz.settings, standing)
              ? correctAnswersForLearner(quiz, attempt)
              : null
          }
          showCorrectAnswers={quiz.settings.showCorrectAnswers}
          next={
            <>
              {canStart ? (
                <button
                  type="button"
                  className="button"
                  onClick={() => {
                    start(attemptsUsed + 1, seed);
                  }}
                >
                  Take the quiz again
                </button>
              ) : (
                <p>You have used all {allowed} attempts this quiz allows.</p>
              )}
              <button
                type="button"
                className="button button--secondary"
                aria-describedby={progressNote ? "preview-progress-note" : undefined}
                onClick={() => {
                  setProgressNote(true);
                }}
              >
                See my progress
              </button>
              <p id="preview-progress-note" role="status">
                {progressNote
                  ? "Learners go to their progress page from here. The preview has none: nothing of it is stored."
                  : ""}
              </p>
            </>
          }
        />
      </>
    );
  }

  return (
    <section className="quiz-preview lesson-preview" aria-label="Preview as a learner">
      <p>
        Not stored: answers are scored in this browser, and nothing of this preview reaches the
        server. Questions and options are in this preview attempt&apos;s shuffled order.
      </p>
      <div className="button-row">
        <button
          type="button"
          className="button button--secondary"
          onClick={() => {
            const next = newSeed();
            setSeed(next);
            setHistory([]);
            start(1, next);
          }}
        >
          Shuffle again (new preview attempt)
        </button>
        {stage.kind === "intro" ? null : (
          <button
            type="button"
            className="button button--secondary"
            onClick={() => {
              attemptRef.current = null;
              moved.current = true;
              setStage({ kind: "intro" });
            }}
          >
            Back to the quiz&apos;s start page
          </button>
        )}
      </div>
      <PreviewControls display={display} onChange={setDisplay} />
      <PreviewFrame
        title="Quiz preview, as learners will see it"
        textSize={display.textSize}
        theme={display.theme}
        phone={display.phone}
      >
        {page}
      </PreviewFrame>
    </section>
  );
}
