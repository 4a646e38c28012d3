"use client";

import { useEffect, useState } from "react";
import { readerStatePath, type ReaderState } from "./reader-state";

function isReaderState(value: unknown): value is ReaderState {
  if (typeof value !== "object" || value === null) return false;
  const { person, completedAt } = value as Record<string, unknown>;
  const personOk =
    person === null ||
    (typeof person === "object" && typeof (person as { name?: unknown }).name === "string");
  return personOk && (completedAt === null || typeof completedAt === "string");
}

/**
 * The reader's own state on a prerendered lesson page, fetched once the page runs (the page
 * itself is the same for everyone). `undefined` until it arrives, or if it cannot be had: the
 * page then stays as anyone sees it.
 */
export function useReaderState(course: string, lesson: string): ReaderState | undefined {
  const [state, setState] = useState<ReaderState>();
  useEffect(() => {
    const controller = new AbortController();
    fetch(readerStatePath(course, lesson), {
      signal: controller.signal,
      cache: "no-store",
      credentials: "same-origin",
    })
      .then((response) => (response.ok ? response.json() : null))
      .then((body: unknown) => {
        if (isReaderState(body)) setState(body);
      })
      .catch(() => undefined);
    return () => controller.abort();
  }, [course, lesson]);
  return state;
}
