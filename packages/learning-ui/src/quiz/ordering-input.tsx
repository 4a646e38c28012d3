"use client";
import { useEffect, useRef, useState } from "react";
import { InlineMarkdown } from "../inline-markdown";
import { asRecord, type QuestionInputProps } from "./question-input";

/**
 * Ordering without dragging: each item has "Move up" and "Move down" buttons, focus follows the
 * moved item, and a status message says where it went.
 */
export function OrderingInput({
  question,
  response,
  onChange,
  idPrefix,
  disabled,
}: QuestionInputProps<"ordering">) {
  const saved = asRecord(response).order;
  const known = new Set(question.items.map((item) => item.id));
  const order: string[] =
    Array.isArray(saved) &&
    saved.length === question.items.length &&
    saved.every((id) => known.has(id as string))
      ? (saved as string[])
      : question.items.map((item) => item.id);
  const answered = Array.isArray(saved);
  const [announcement, setAnnouncement] = useState("");
  const focusAfterMove = useRef<{ id: string; direction: "up" | "down" } | null>(null);
  const textOf = (id: string) => question.items.find((item) => item.id === id)?.text ?? id;

  useEffect(() => {
    const target = focusAfterMove.current;
    if (!target) return;
    focusAfterMove.current = null;
    const index = order.indexOf(target.id);
    // At either end the pressed button is disabled; the other one keeps focus on the same item.
    const direction =
      (target.direction === "up" && index === 0) ||
      (target.direction === "down" && index === order.length - 1)
        ? target.direction === "up"
          ? "down"
          : "up"
        : target.direction;
    document.getElementById(`${idPrefix}-${target.id}-${direction}`)?.focus();
  });

  function move(id: string, direction: "up" | "down") {
    const from = order.indexOf(id);
    const to = direction === "up" ? from - 1 : from + 1;
    if (from < 0 || to < 0 || to >= order.length) return;
    const next = order.slice();
    next.splice(from, 1);
    next.splice(to, 0, id);
    focusAfterMove.current = { id, direction };
    setAnnouncement(`Moved “${textOf(id)}” to position ${to + 1} of ${order.length}.`);
    onChange({ order: next });
  }

  return (
    <fieldset className="question-fieldset" disabled={disabled}>
      <legend className="question-prompt">
        <InlineMarkdown text={question.prompt} />
      </legend>
      <p className="question-hint" id={`${idPrefix}-hint`}>
        Use the Move up and Move down buttons to put the items in order, first at the top.
      </p>
      <ol className="ordering-list" aria-describedby={`${idPrefix}-hint`}>
        {order.map((id, index) => (
          <li key={id} className="ordering-item">
            <span className="ordering-item__text">
              <InlineMarkdown text={textOf(id)} />
            </span>
            <span className="ordering-item__buttons">
              <button
                type="button"
                className="button button--secondary"
                id={`${idPrefix}-${id}-up`}
                disabled={index === 0}
                onClick={() => move(id, "up")}
              >
                Move up<span className="visually-hidden">: {textOf(id)}</span>
              </button>
              <button
                type="button"
                className="button button--secondary"
                id={`${idPrefix}-${id}-down`}
                disabled={index === order.length - 1}
                onClick={() => move(id, "down")}
              >
                Move down<span className="visually-hidden">: {textOf(id)}</span>
              </button>
            </span>
          </li>
        ))}
      </ol>
      {answered ? null : (
        <p>
          <button
            type="button"
            className="button button--secondary"
            onClick={() => onChange({ order })}
          >
            Keep this order as my answer
          </button>
        </p>
      )}
      <p className="visually-hidden" role="status">
        {announcement}
      </p>
    </fieldset>
  );
}
