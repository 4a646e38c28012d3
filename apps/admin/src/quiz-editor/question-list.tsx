"use client";
import { useEffect, useRef, useState, type KeyboardEvent } from "react";
import { QUESTION_TYPES, type QuestionType } from "@soleus/quiz-engine/schema";
import type { QuestionContext } from "./editor-context";
import { QuestionEditor } from "./question-editor";
import {
  duplicateQuestion,
  freshId,
  moveItem,
  newQuestion,
  QUESTION_TYPE_NAMES,
  type QuestionDraft,
} from "./quiz-draft";
import type { QuizProblems } from "./quiz-problems";

/**
 * The questions: add (any type), duplicate, delete (confirm, then undo), and reorder with buttons
 * or Alt+Up / Alt+Down on a question — never by dragging.
 */
export function QuestionList({
  questions,
  onChange,
  problems,
  context,
  defaultLesson,
}: {
  questions: QuestionDraft[];
  onChange: (next: QuestionDraft[]) => void;
  problems: QuizProblems;
  context: Omit<QuestionContext, "idPrefix" | "problemsAt" | "problemsUnder">;
  defaultLesson: string;
}) {
  const [type, setType] = useState<QuestionType>("single_choice");
  const [confirming, setConfirming] = useState<string | null>(null);
  const [removed, setRemoved] = useState<{ question: QuestionDraft; index: number } | null>(null);
  const [announcement, setAnnouncement] = useState("");
  const cards = useRef(new Map<string, HTMLElement>());
  const deleteButtons = useRef(new Map<string, HTMLButtonElement>());
  const confirmButton = useRef<HTMLButtonElement>(null);
  const undoButton = useRef<HTMLButtonElement>(null);
  const ids = questions.map((q) => q.id);
  // The button that had focus goes away (Delete turns into the confirm, the card into the undo
  // notice): focus follows, so a keyboard user is not dropped at the top of the page.
  useEffect(() => {
    if (confirming) confirmButton.current?.focus();
  }, [confirming]);
  useEffect(() => {
    if (removed) undoButton.current?.focus();
  }, [removed]);

  const focusCard = (id: string) => {
    window.requestAnimationFrame(() => cards.current.get(id)?.focus());
  };
  const move = (index: number, to: number) => {
    const question = questions[index];
    if (!question || to < 0 || to >= questions.length) return;
    onChange(moveItem(questions, index, to));
    setAnnouncement(`Question moved to position ${String(to + 1)} of ${String(questions.length)}.`);
    focusCard(question.id);
  };
  const onCardKey = (event: KeyboardEvent<HTMLElement>, index: number) => {
    if (!event.altKey || event.target !== event.currentTarget) return;
    if (event.key === "ArrowUp") {
      event.preventDefault();
      move(index, index - 1);
    } else if (event.key === "ArrowDown") {
      event.preventDefault();
      move(index, index + 1);
    }
  };

  return (
    <>
      <p role="status" aria-live="polite" className="visually-hidden">
        {announcement}
      </p>
      {removed ? (
        <div className="form-notice" role="status">
          Question “{removed.question.id}” deleted.{" "}
          <button
            ref={undoButton}
            type="button"
            className="button button--secondary"
            onClick={() => {
              const next = [...questions];
              next.splice(Math.min(removed.index, next.length), 0, removed.question);
              onChange(next);
              setRemoved(null);
              setAnnouncement("Question restored.");
              focusCard(removed.question.id);
            }}
          >
            Undo the delete
          </button>
        </div>
      ) : null}
      {questions.length === 0 ? <p>No questions yet: add the first one below.</p> : null}
      <ol className="question-list">
        {questions.map((question, index) => {
          const base = `questions.${String(index)}`;
          const own = problems.under(base);
          const errors = own.filter((p) => p.severity === "error").length;
          const warnings = own.length - errors;
          return (
            <li key={question.id}>
              <section
                className="question-card-editor"
                aria-labelledby={`q-${question.id}-heading`}
                tabIndex={-1}
                ref={(element) => {
                  if (element) cards.current.set(question.id, element);
                  else cards.current.delete(question.id);
                }}
                onKeyDown={(event) => {
                  onCardKey(event, index);
                }}
              >
                <h3 id={`q-${question.id}-heading`}>
                  Question {index + 1}: {QUESTION_TYPE_NAMES[question.type]}
                  <span className="question-card-editor__count">
                    {" "}
                    —{" "}
                    {errors === 0 && warnings === 0
                      ? "no problems"
                      : `${String(errors)} to fix, ${String(warnings)} ${warnings === 1 ? "warning" : "warnings"}`}
                  </span>
                </h3>
                <div
                  className="list-controls"
                  aria-label={`Question ${String(index + 1)} actions`}
                  role="group"
                >
                  <button
                    type="button"
                    className="button button--secondary button--small"
                    disabled={index === 0}
                    aria-keyshortcuts="Alt+ArrowUp"
                    onClick={() => {
                      move(index, index - 1);
                    }}
                  >
                    Move up<span className="visually-hidden">: question {index + 1}</span>
                  </button>
                  <button
                    type="button"
                    className="button button--secondary button--small"
                    disabled={index === questions.length - 1}
                    aria-keyshortcuts="Alt+ArrowDown"
                    onClick={() => {
                      move(index, index + 1);
                    }}
                  >
                    Move down<span className="visually-hidden">: question {index + 1}</span>
                  </button>
                  <button
                    type="button"
                    className="button button--secondary button--small"
                    onClick={() => {
                      const copy = duplicateQuestion(question, ids);
                      const next = [...questions];
                      next.splice(index + 1, 0, copy);
                      onChange(next);
                      setAnnouncement(`Question ${String(index + 1)} duplicated.`);
                      focusCard(copy.id);
                    }}
                  >
                    Duplicate<span className="visually-hidden">: question {index + 1}</span>
                  </button>
                  {confirming === question.id ? (
                    <span className="confirm-inline" role="group" aria-label="Confirm the delete">
                      <span>Delete question {index + 1}?</span>{" "}
                      <button
                        ref={confirmButton}
                        type="button"
                        className="button button--small"
                        onClick={() => {
                          onChange(questions.filter((_, i) => i !== index));
                          setRemoved({ question, index });
                          setConfirming(null);
                        }}
                      >
                        Yes, delete question {index + 1}
                      </button>{" "}
                      <button
                        type="button"
                        className="button button--secondary button--small"
                        onClick={() => {
                          setConfirming(null);
                          window.requestAnimationFrame(() =>
                            deleteButtons.current.get(question.id)?.focus(),
                          );
                        }}
                      >
                        Keep it
                      </button>
                    </span>
                  ) : (
                    <button
                      ref={(element) => {
                        if (element) deleteButtons.current.set(question.id, element);
                        else deleteButtons.current.delete(question.id);
                      }}
                      type="button"
                      className="button button--secondary button--small"
                      onClick={() => {
                        setConfirming(question.id);
                      }}
                    >
                      Delete<span className="visually-hidden">: question {index + 1}</span>
                    </button>
                  )}
                </div>
                <QuestionEditor
                  number={index + 1}
                  question={question}
                  onChange={(next) => {
                    onChange(questions.map((q, i) => (i === index ? next : q)));
                  }}
                  ctx={{
                    ...context,
                    idPrefix: `q-${question.id}`,
                    problemsAt: (field) => problems.at(field === "" ? base : `${base}.${field}`),
                    problemsUnder: (field) =>
                      problems.under(field === "" ? base : `${base}.${field}`),
                  }}
                />
              </section>
            </li>
          );
        })}
      </ol>
      <div className="inline-add">
        <div className="form-field">
          <label className="form-field__label" htmlFor="new-question-type">
            New question type
          </label>
          <select
            id="new-question-type"
            className="form-field__input"
            value={type}
            onChange={(event) => {
              setType(event.target.value as QuestionType);
            }}
          >
            {QUESTION_TYPES.map((t) => (
              <option key={t} value={t}>
                {QUESTION_TYPE_NAMES[t]}
              </option>
            ))}
          </select>
        </div>
        <button
          type="button"
          className="button"
          onClick={() => {
            const question = newQuestion(type, freshId("q", ids), defaultLesson);
            onChange([...questions, question]);
            setAnnouncement(
              `${QUESTION_TYPE_NAMES[type]} question added as question ${String(questions.length + 1)}.`,
            );
            focusCard(question.id);
          }}
        >
          Add the question
        </button>
      </div>
    </>
  );
}
