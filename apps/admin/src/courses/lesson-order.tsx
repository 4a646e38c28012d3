"use client";
import Link from "next/link";
import { useRef, useState } from "react";
import { moveItem } from "./move-item";

export interface LessonInOrder {
  id: string;
  title: string;
  published: boolean;
}

/**
 * The course's lessons in reading order. Move up / Move down buttons on every row; with a row's
 * button focused, Alt+ArrowUp / Alt+ArrowDown move it too. Focus follows the moved lesson and the
 * new position is announced. Saving the order is the caller's (with the course version).
 */
export function LessonOrder({
  courseId,
  lessons,
  onReorder,
}: {
  courseId: string;
  lessons: LessonInOrder[];
  onReorder: (lessonIds: string[]) => void;
}) {
  const [announcement, setAnnouncement] = useState("");
  const rows = useRef(new Map<string, HTMLButtonElement | null>());

  const move = (index: number, to: number, direction: "up" | "down") => {
    const lesson = lessons[index];
    if (!lesson || to < 0 || to >= lessons.length) return;
    const next = moveItem(lessons, index, to);
    onReorder(next.map((l) => l.id));
    setAnnouncement(
      `${lesson.title} moved ${direction}: now ${String(to + 1)} of ${String(lessons.length)}.`,
    );
    // Keep focus on the same button of the moved lesson (or its other one at the ends).
    requestAnimationFrame(() => {
      const atEnd = to === 0 ? "down" : to === lessons.length - 1 ? "up" : direction;
      const button = rows.current.get(`${lesson.id}:${atEnd}`);
      button?.focus();
    });
  };

  if (lessons.length === 0) return <p>No lessons yet. Add the first one below.</p>;

  return (
    <>
      <ol className="lesson-order">
        {lessons.map((lesson, index) => (
          <li key={lesson.id} className="lesson-order__row">
            <Link
              href={`/courses/${courseId}/lessons/${lesson.id}`}
              className="lesson-order__title"
            >
              {lesson.title}
            </Link>
            <span className="lesson-order__state">
              {lesson.published ? "Published" : "Draft only"}
            </span>
            <span className="lesson-order__buttons">
              {(["up", "down"] as const).map((direction) => {
                const to = direction === "up" ? index - 1 : index + 1;
                const possible = to >= 0 && to < lessons.length;
                return (
                  <button
                    key={direction}
                    ref={(element) => {
                      rows.current.set(`${lesson.id}:${direction}`, element);
                    }}
                    type="button"
                    className="button button--secondary"
                    aria-label={`Move ${direction}: ${lesson.title}`}
                    aria-keyshortcuts={direction === "up" ? "Alt+ArrowUp" : "Alt+ArrowDown"}
                    aria-disabled={possible ? undefined : true}
                    onClick={() => {
                      move(index, to, direction);
                    }}
                    onKeyDown={(event) => {
                      if (!event.altKey) return;
                      if (event.key === "ArrowUp") {
                        event.preventDefault();
                        move(index, index - 1, "up");
                      } else if (event.key === "ArrowDown") {
                        event.preventDefault();
                        move(index, index + 1, "down");
                      }
                    }}
                  >
                    Move {direction}
                  </button>
                );
              })}
            </span>
          </li>
        ))}
      </ol>
      <p className="visually-hidden" role="status" aria-live="polite">
        {announcement}
      </p>
    </>
  );
}
