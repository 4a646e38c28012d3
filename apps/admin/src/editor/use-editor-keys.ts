"use client";
import { useEffect, useRef } from "react";
import type { AutosaveStatus } from "./autosave-machine";

/**
 * What every autosaving editor (lesson, quiz) does around its form: Ctrl/Cmd+S saves now instead
 * of waiting for the pause, and when a save turns into a conflict, focus moves to the conflict
 * view's heading. Returns the ref for the element that holds the conflict view.
 */
export function useSaveShortcutAndConflictFocus(
  status: AutosaveStatus,
  dispatch: (event: { type: "flush" }) => void,
) {
  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if ((event.ctrlKey || event.metaKey) && event.key.toLowerCase() === "s") {
        event.preventDefault();
        dispatch({ type: "flush" });
      }
    };
    document.addEventListener("keydown", onKey);
    return () => {
      document.removeEventListener("keydown", onKey);
    };
  }, [dispatch]);

  const conflictView = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (status === "conflict") conflictView.current?.querySelector("h2")?.focus();
  }, [status]);
  return conflictView;
}
