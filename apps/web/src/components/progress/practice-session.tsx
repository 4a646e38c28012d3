"use client";
import { useRef, useState } from "react";
import type { PublicQuestion } from "@soleus/api/learning-types";
import { isAnswered, STATUS_WORDS } from "@soleus/learning-ui/quiz/answer-text";
import { relativeDay } from "~/learning/relative-day";
import { sectionPath } from "~/learning/paths";
import { useTRPCClient } from "~/trpc/react";
import { QuestionInput } from "@soleus/learning-ui/quiz/question-input";

interface PracticeItem {
  course: string;
  quiz: string;
  quizTitle: string;
  question: PublicQuestion;
}

interface Outcome {
  status: keyof typeof STATUS_WORDS;
  feedback: string[];
  explanation: string;
  section: { lesson: string; anchor: string };
  nextDue: Date | null;
  answeredAt: Date;
}

/** "later today", "tomorrow", "in 3 days" in the learner's time zone, counted from the server's now. */
const whenBack = (outcome: Outcome) =>
  outcome.nextDue
    ? relativeDay(
        outcome.nextDue,
        outcome.answeredAt,
        Intl.DateTimeFormat().resolvedOptions().timeZone,
      )
    : null;

/** One due question at a time: answer, check (scored on the server), read why, move on. */
export function PracticeSession({ items }: { items: PracticeItem[] }) {
  const client = useTRPCClient();
  const [index, setIndex] = useState(0);
  const [response, setResponse] = useState<unknown>(undefined);
  const [outcome, setOutcome] = useState<Outcome | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const headingRef = useRef<HTMLHeadingElement>(null);
  const item = items[index];

  if (!item) {
    return (
      <section className="empty-state" aria-labelledby="practice-done">
        <h2 id="practice-done" ref={headingRef} tabIndex={-1} className="empty-state__title">
          All done for now
        </h2>
        <p>
          You practised every question that was due. <a href="/progress">Back to my progress</a>
        </p>
      </section>
    );
  }

  async function check() {
    if (!item) return;
    setBusy(true);
    setProblem(null);
    try {
      setOutcome(
        await client.review.answer.mutate({
          course: item.course,
          quiz: item.quiz,
          questionId: item.question.id,
          response,
        }),
      );
    } catch (error) {
      setProblem(`Could not check your answer: ${(error as Error).message}. Please try again.`);
    } finally {
      setBusy(false);
    }
  }

  return (
    <div className="practice">
      <section className="question-card" aria-labelledby="practice-heading">
        <h2 id="practice-heading" ref={headingRef} tabIndex={-1} className="question-card__heading">
          Practice question {index + 1} of {items.length}
        </h2>
        <p className="question-hint">From: {item.quizTitle}</p>
        <QuestionInput
          key={`${item.quiz}/${item.question.id}`}
          question={item.question}
          response={response}
          idPrefix={`p-${index}`}
          disabled={outcome !== null}
          onChange={(next) => setResponse(next)}
        />
        <div role="status" className="immediate-feedback__outcome">
          {problem ? <p className="form-field__error">{problem}</p> : null}
          {outcome ? (
            <>
              <p>
                <strong>{STATUS_WORDS[outcome.status]}.</strong>{" "}
                {outcome.nextDue ? `This question comes back ${whenBack(outcome) ?? ""}.` : ""}
              </p>
              {outcome.feedback.map((text) => (
                <p key={text}>{text}</p>
              ))}
              <p>
                <strong>Why:</strong> {outcome.explanation}
              </p>
              <p>
                <a href={sectionPath(item.course, outcome.section)}>Read about this again</a>
              </p>
            </>
          ) : null}
        </div>
      </section>
      <div className="quiz-actions">
        {outcome ? (
          <button
            type="button"
            className="button"
            onClick={() => {
              setIndex(index + 1);
              setResponse(undefined);
              setOutcome(null);
              requestAnimationFrame(() => headingRef.current?.focus());
            }}
          >
            {index + 1 < items.length ? "Next question" : "Finish practice"}
          </button>
        ) : (
          <button
            type="button"
            className="button"
            disabled={busy || !isAnswered(item.question, response)}
            onClick={() => void check()}
          >
            Check my answer
          </button>
        )}
      </div>
    </div>
  );
}
