"use client";
import { useId, useRef, useState } from "react";
import { useCourseWords, wordsIn, type WordsResult } from "./course-words-api";

/**
 * The course's own words for the spelling check at publish time: terms the British English
 * dictionary lacks ("gastrocnemius"). Words from the course files are shown but stay with the
 * files; coaches add and remove their own, one word at a time (with an undo after a removal).
 */
export function CourseWordsEditor({ courseId }: { courseId: string }) {
  const api = useCourseWords(courseId);
  const [typed, setTyped] = useState("");
  const [error, setError] = useState<string | null>(null);
  const [status, setStatus] = useState<{ result: WordsResult; undo?: string } | null>(null);
  const input = useRef<HTMLInputElement>(null);
  const inputId = useId();

  if (api.words.status === "pending") return <p role="status">Loading the course words…</p>;
  if (api.words.status === "error") return <p role="alert">{api.words.message}</p>;
  const { fromFiles, fromCoaches } = api.words.data;

  const add = async (list: string[]) => {
    const result = await api.add(list);
    if (result.ok) {
      setTyped("");
      setError(null);
      setStatus({ result });
    } else {
      setError(result.message);
      setStatus(null);
      input.current?.focus();
    }
  };

  return (
    <>
      <p id={`${inputId}-hint`}>
        Publishing checks spelling in British English. Add words that are spelt right but missing
        from the dictionary, such as medical terms. Separate words with spaces or commas.
      </p>
      <form
        noValidate
        onSubmit={(event) => {
          event.preventDefault();
          const list = wordsIn(typed);
          if (list.length === 0) {
            setError("Enter at least one word to add.");
            input.current?.focus();
            return;
          }
          void add(list);
        }}
      >
        <div className="form-field">
          <label className="form-field__label" htmlFor={inputId}>
            Words to add
          </label>
          {error ? (
            <p className="form-field__error" id={`${inputId}-error`}>
              {error}
            </p>
          ) : null}
          <input
            ref={input}
            id={inputId}
            className="form-field__input"
            value={typed}
            autoComplete="off"
            spellCheck={false}
            aria-invalid={error ? true : undefined}
            aria-describedby={`${inputId}-hint${error ? ` ${inputId}-error` : ""}`}
            onChange={(event) => {
              setTyped(event.target.value);
            }}
          />
        </div>
        <button type="submit" className="button">
          Add the words
        </button>
      </form>
      <div role="status" className={status?.result.ok ? "status-success" : undefined}>
        {status?.result.ok ? status.result.message : null}
      </div>
      <div role="alert" className={status && !status.result.ok ? "form-alert" : undefined}>
        {status && !status.result.ok ? status.result.message : null}
      </div>
      {status?.undo ? (
        <p>
          <button
            type="button"
            className="button button--secondary"
            onClick={() => {
              void add([status.undo ?? ""]);
            }}
          >
            Undo: add &ldquo;{status.undo}&rdquo; back
          </button>
        </p>
      ) : null}
      <h3>Words coaches added ({fromCoaches.length})</h3>
      {fromCoaches.length === 0 ? (
        <p>None yet.</p>
      ) : (
        <ul className="course-words__list">
          {fromCoaches.map((word) => (
            <li key={word}>
              <span lang="en-GB">{word}</span>{" "}
              <button
                type="button"
                className="button button--secondary"
                aria-label={`Remove ${word}`}
                onClick={() => {
                  void api.remove(word).then((result) => {
                    setStatus(result.ok ? { result, undo: word } : { result });
                  });
                }}
              >
                Remove
              </button>
            </li>
          ))}
        </ul>
      )}
      {fromFiles.length > 0 ? (
        <details>
          <summary>Words from the course files ({fromFiles.length})</summary>
          <p>These come with the built-in course&apos;s files and change only with them.</p>
          <p className="course-words__files">{fromFiles.join(", ")}</p>
        </details>
      ) : null}
    </>
  );
}
