"use client";
import { useCallback, useEffect, useRef, useState } from "react";

/** What the "saved" line says: the last thing that happened to the learner's answers. */
export type SaveStatus =
  | { state: "idle" }
  | { state: "saving"; questionId: string }
  | { state: "saved"; questionId: string }
  | { state: "error"; questionId: string; message: string };

const TYPING_PAUSE_MS = 600;

function messageOf(error: unknown): string {
  const message = (error as { message?: unknown } | null)?.message;
  return typeof message === "string" && message && !message.startsWith("Failed to fetch")
    ? message
    : "The connection dropped.";
}

/**
 * Saves answers (through the channel the player was given) as the learner goes: at once for clicks and choices, after a short
 * pause for typing. Saves of one question run one after another and always send the newest
 * answer, so a slow request never overwrites a later one. `flush` sends everything now.
 */
export function useAnswerAutosave(
  save: (questionId: string, response: unknown) => Promise<unknown>,
  saveOnLeave?: (questionId: string, response: unknown) => void,
) {
  const [status, setStatus] = useState<SaveStatus>({ state: "idle" });
  const pending = useRef(new Map<string, unknown>());
  const timers = useRef(new Map<string, ReturnType<typeof setTimeout>>());
  const chains = useRef(new Map<string, Promise<void>>());
  const saveRef = useRef(save);
  useEffect(() => {
    saveRef.current = save;
  });

  const send = useCallback((questionId: string): Promise<void> => {
    const timer = timers.current.get(questionId);
    if (timer !== undefined) clearTimeout(timer);
    timers.current.delete(questionId);
    const chain = (chains.current.get(questionId) ?? Promise.resolve()).then(async () => {
      if (!pending.current.has(questionId)) return;
      const response = pending.current.get(questionId);
      pending.current.delete(questionId);
      setStatus({ state: "saving", questionId });
      try {
        await saveRef.current(questionId, response);
        if (!pending.current.has(questionId)) setStatus({ state: "saved", questionId });
      } catch (error) {
        // Keep the answer to retry, unless a newer one is already waiting.
        if (!pending.current.has(questionId)) pending.current.set(questionId, response);
        setStatus({ state: "error", questionId, message: messageOf(error) });
      }
    });
    chains.current.set(questionId, chain);
    return chain;
  }, []);

  const queue = useCallback(
    (questionId: string, response: unknown, typing = false) => {
      pending.current.set(questionId, response);
      const timer = timers.current.get(questionId);
      if (timer !== undefined) clearTimeout(timer);
      if (typing)
        timers.current.set(
          questionId,
          setTimeout(() => void send(questionId), TYPING_PAUSE_MS),
        );
      else void send(questionId);
    },
    [send],
  );

  /** Sends every waiting answer; true when everything is saved. */
  const flush = useCallback(async () => {
    await Promise.all([...pending.current.keys()].map((questionId) => send(questionId)));
    await Promise.all([...chains.current.values()]);
    return pending.current.size === 0;
  }, [send]);

  const sendOne = useCallback(
    (questionId: string) =>
      pending.current.has(questionId) ? send(questionId) : Promise.resolve(),
    [send],
  );

  useEffect(() => {
    const all = timers.current;
    // Leaving (reload, closing the tab) mid-typing: send what is waiting in a request that outlives the page.
    const leave = () => {
      if (!saveOnLeave) return;
      for (const [questionId, response] of pending.current) saveOnLeave(questionId, response);
      pending.current.clear();
    };
    window.addEventListener("pagehide", leave);
    return () => {
      window.removeEventListener("pagehide", leave);
      all.forEach((timer) => clearTimeout(timer));
    };
  }, [saveOnLeave]);

  return { status, queue, flush, retry: sendOne, flushQuestion: sendOne };
}
