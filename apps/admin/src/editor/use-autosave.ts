"use client";
import { useEffect, useReducer, useRef } from "react";
import {
  autosaveReducer,
  hasUnsavedChanges,
  initialAutosave,
  type AutosaveState,
} from "./autosave-machine";
import { forgetKeptDraft, keepDraft, readKeptDraft } from "./local-draft";

/** Typing has stopped once nothing was typed for this long. */
export const QUIET_MS = 1500;
/** While offline, try again this often (and at once when the browser says it is back online). */
const RETRY_MS = 10_000;

export type SaveOutcome<T> =
  | { kind: "saved"; version: number; at: Date }
  | { kind: "conflict"; version: number; theirs: T; by: string | null }
  | { kind: "refused"; message: string }
  | { kind: "offline" };

export type SaveDocument<T> = (draft: T, baseVersion: number) => Promise<SaveOutcome<T>>;

/** Start from the server's draft, or from changes this browser kept for it. */
function startingState<T>(
  documentKey: string,
  server: { version: number; draft: T },
): AutosaveState<T> {
  const start = initialAutosave(server);
  if (typeof window === "undefined") return start;
  const kept = readKeptDraft<T>(documentKey);
  if (!kept || JSON.stringify(kept.draft) === JSON.stringify(server.draft)) return start;
  if (kept.baseVersion === server.version) return { ...start, status: "dirty", draft: kept.draft };
  // Someone saved after these changes were kept: merge instead of overwriting.
  return {
    ...start,
    status: "conflict",
    draft: kept.draft,
    baseVersion: kept.baseVersion,
    base: kept.base,
    conflict: { version: server.version, theirs: server.draft, by: null },
  };
}

/**
 * Runs the autosave machine: saves QUIET_MS after typing stops, one save at a time, keeps every
 * unsent change in localStorage, retries while offline, and warns before leaving with unsaved work.
 */
export function useAutosave<T>(
  documentKey: string,
  server: { version: number; draft: T },
  save: SaveDocument<T>,
) {
  const [state, dispatch] = useReducer(autosaveReducer<T>, undefined, () =>
    startingState(documentKey, server),
  );
  const saveRef = useRef(save);
  useEffect(() => {
    saveRef.current = save;
  });

  // Typing stopped → flush.
  useEffect(() => {
    if (state.status !== "dirty") return;
    const timer = window.setTimeout(() => {
      dispatch({ type: "flush" });
    }, QUIET_MS);
    return () => {
      window.clearTimeout(timer);
    };
  }, [state.status, state.draft]);

  // A flush started a save: send it (once per in-flight draft).
  const sent = useRef<T | null>(null);
  useEffect(() => {
    const inFlight = state.inFlight;
    if (state.status !== "saving" || inFlight === null || sent.current === inFlight) return;
    sent.current = inFlight;
    saveRef.current(inFlight, state.baseVersion).then(
      (outcome) => {
        // A retry of the same draft (after "offline") must be sent again.
        sent.current = null;
        if (outcome.kind === "saved")
          dispatch({ type: "saved", version: outcome.version, at: outcome.at });
        else if (outcome.kind === "conflict")
          dispatch({
            type: "conflict",
            version: outcome.version,
            theirs: outcome.theirs,
            by: outcome.by,
          });
        else if (outcome.kind === "refused")
          dispatch({ type: "refused", message: outcome.message });
        else dispatch({ type: "offline" });
      },
      () => {
        sent.current = null;
        dispatch({ type: "offline" });
      },
    );
  }, [state.status, state.inFlight, state.baseVersion]);

  // Offline: retry on a timer and when the browser comes back online.
  useEffect(() => {
    if (state.status !== "offline") return;
    const retry = () => {
      dispatch({ type: "flush" });
    };
    const timer = window.setInterval(retry, RETRY_MS);
    window.addEventListener("online", retry);
    return () => {
      window.clearInterval(timer);
      window.removeEventListener("online", retry);
    };
  }, [state.status]);

  // Keep unsent changes on this device; forget them once the server has them.
  useEffect(() => {
    if (hasUnsavedChanges(state))
      keepDraft(documentKey, {
        draft: state.draft,
        baseVersion: state.baseVersion,
        base: state.base,
      });
    else forgetKeptDraft(documentKey);
  }, [documentKey, state]);

  // Leaving with unsaved changes warns: closing the tab, and links inside the app.
  const unsaved = hasUnsavedChanges(state);
  useEffect(() => {
    if (!unsaved) return;
    const beforeUnload = (event: BeforeUnloadEvent) => {
      event.preventDefault();
    };
    const linkClick = (event: MouseEvent) => {
      const link = (event.target as Element | null)?.closest("a[href]");
      if (!link || event.defaultPrevented) return;
      if (!window.confirm("Your latest changes are not saved yet. Leave this page anyway?")) {
        event.preventDefault();
        event.stopPropagation();
      }
    };
    window.addEventListener("beforeunload", beforeUnload);
    document.addEventListener("click", linkClick, true);
    return () => {
      window.removeEventListener("beforeunload", beforeUnload);
      document.removeEventListener("click", linkClick, true);
    };
  }, [unsaved]);

  return { state, dispatch };
}
