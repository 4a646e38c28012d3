"use client";
import { useId, useMemo, useState } from "react";
import {
  assembleAttempt,
  correctAnswersForLearner,
  mayShowCorrectAnswers,
  parseQuiz,
  recordResponse,
  responsesForLearner,
  submitAttempt,
  toPublicQuiz,
  type Attempt,
  type AttemptResult,
  type Quiz,
} from "@soleus/quiz-engine";
import { QuestionInput } from "@soleus/learning-ui/quiz/question-input";
import { QuestionReview } from "@soleus/learning-ui/results/question-review";
import { ObjectiveMastery } from "@soleus/learning-ui/results/objective-mastery";
import type { QuizDraft } from "./quiz-draft";

/** A preview seed: chosen here, never stored (a re-roll picks another). */
function newSeed(): string {
  const bytes = new Uint8Array(8);
  crypto.getRandomValues(bytes);
  return Array.from(bytes, (b) => b.toString(16).padStart(2, "0")).join("");
}

/**
 * "Preview as a learner": the quiz assembled, shown, answered and scored exactly as the learner
 * site does it — the engine's assembleAttempt, toPublicQuiz, recordResponse and submitAttempt,
 * and the learner site's own question and result components from @soleus/learning-ui — but in
 * this browser's memory only: nothing is sent to the server, so no attempt row exists and
 * nothing reaches item statistics.
 */
export function QuizPreview({
  draft,
  slug,
  lessonTitles,
  objectiveTitles,
  sectionHeading,
}: {
  objectiveTitles: Record<string, string>;
  draft: QuizDraft;
  slug: string;
  lessonTitles: Map<string, string>;
  sectionHeading: (section: { lesson: string; anchor: string }) => string;
}) {
  const [seed, setSeed] = useState(newSeed);
  const headingId = useId();
  const prepared = useMemo(() => {
    try {
      const quiz: Quiz = parseQuiz({ id: slug, ...draft });
      const attempt = assembleAttempt(quiz, { seed, now: Date.now(), attemptNumber: 1 });
      return { quiz, attempt, error: null };
    } catch {
      return {
        quiz: null,
        attempt: null,
        error:
          "Fix the problems marked in the editor first: the preview shows a quiz that could be published.",
      };
    }
  }, [draft, slug, seed]);
  const [attempt, setAttempt] = useState<Attempt | null>(null);
  const [result, setResult] = useState<AttemptResult | null>(null);
  const [previewed, setPreviewed] = useState<{ seed: string; draft: QuizDraft } | null>(null);
  // A new seed or a changed draft starts the preview again.
  if (previewed?.seed !== seed || previewed.draft !== draft) {
    setPreviewed({ seed, draft });
    setAttempt(prepared.attempt);
    setResult(null);
  }
  if (!prepared.quiz || !attempt) return <p role="alert">{prepared.error}</p>;
  const quiz = prepared.quiz;
  const publicQuiz = toPublicQuiz(quiz, attempt);
  const reroll = (
    <button
      type="button"
      className="button button--secondary"
      onClick={() => {
        setSeed(newSeed());
      }}
    >
      Shuffle again (new preview attempt)
    </button>
  );

  if (result && attempt.status === "submitted") {
    const showAnswers = mayShowCorrectAnswers(quiz.settings, {
      passedAny: result.passed,
      attemptsUsed: 1,
    });
    return (
      <section aria-labelledby={headingId} className="quiz-preview">
        <h3 id={headingId} tabIndex={-1}>
          Preview result: {Math.round(result.percent)}% —{" "}
          {result.passed ? "passed" : "not passed yet"}
        </h3>
        <p>Not stored: this preview attempt exists only on this page.</p>
        <ObjectiveMastery objectives={result.objectives} titles={objectiveTitles} />
        <QuestionReview
          sectionHref={(section) => `#preview-section-${section.lesson}-${section.anchor}`}
          questions={publicQuiz.questions}
          responses={responsesForLearner(quiz, attempt)}
          results={result.questions}
          correctAnswers={showAnswers ? correctAnswersForLearner(quiz, attempt) : null}
          sectionTitle={(section) => ({
            heading: sectionHeading(section),
            lesson: lessonTitles.get(section.lesson) ?? section.lesson,
          })}
        />
        {reroll}
      </section>
    );
  }

  return (
    <section aria-labelledby={headingId} className="quiz-preview">
      <h3 id={headingId}>Preview as a learner</h3>
      <p>
        Answers here are scored in this browser and never stored. Options and questions are in this
        preview attempt&apos;s shuffled order.
      </p>
      {reroll}
      <ol className="quiz-preview__questions">
        {publicQuiz.questions.map((question, index) => (
          <li key={question.id} className="question-card">
            <p className="visually-hidden">Question {index + 1}</p>
            <QuestionInput
              question={question}
              idPrefix={`preview-${question.id}`}
              response={
                (responsesForLearner(quiz, attempt) as Record<string, unknown>)[question.id]
              }
              onChange={(response) => {
                try {
                  setAttempt(
                    recordResponse(quiz, attempt, question.id, response, Date.now(), {
                      idsFrom: "learner",
                    }),
                  );
                } catch {
                  // An incomplete answer (e.g. a half-typed number) is not recorded yet.
                }
              }}
            />
          </li>
        ))}
      </ol>
      <button
        type="button"
        className="button"
        onClick={() => {
          const submitted = submitAttempt(quiz, attempt, Date.now());
          setAttempt(submitted.attempt);
          setResult(submitted.result);
        }}
      >
        Submit the preview (not stored)
      </button>
    </section>
  );
}
