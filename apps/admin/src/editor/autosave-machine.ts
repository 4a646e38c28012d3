/**
 * The autosave state machine, pure: the hook (use-autosave.ts) feeds it events and runs the
 * effects its state asks for (start the quiet timer, send a save). Nothing here touches a clock,
 * the network or storage, so every transition is unit-tested.
 */
export type AutosaveStatus =
  | "saved" // the server holds exactly what the editor shows
  | "dirty" // typed since the last save; a save starts when typing stops
  | "saving" // a save is in flight
  | "offline" // the last save could not reach the server; kept on this device, retried
  | "conflict" // someone else saved first; the coach merges (nothing is sent until then)
  | "refused"; // the server refused the content (e.g. a field too long); fix and it saves again

export interface AutosaveState<T> {
  status: AutosaveStatus;
  /** What the editor shows now. */
  draft: T;
  /** The server's version this draft is based on, and that version's content (the merge base). */
  baseVersion: number;
  base: T;
  /** The content of the save in flight, if any. */
  inFlight: T | null;
  savedAt: Date | null;
  /** The other version when a save met a conflict. */
  conflict: { version: number; theirs: T; by: string | null } | null;
  error: string | null;
}

export type AutosaveEvent<T> =
  | { type: "edit"; draft: T }
  /** Typing stopped (the quiet timer fired), the coach pressed save, or the network came back. */
  | { type: "flush" }
  | { type: "saved"; version: number; at: Date }
  | { type: "conflict"; version: number; theirs: T; by: string | null }
  | { type: "offline" }
  | { type: "refused"; message: string }
  /** The coach merged: the merged text is saved against the other coach's version. */
  | { type: "resolve"; merged: T }
  /** Publishing moved the draft's version on without changing its content. */
  | { type: "rebase"; version: number };

export function initialAutosave<T>(server: { version: number; draft: T }): AutosaveState<T> {
  return {
    status: "saved",
    draft: server.draft,
    baseVersion: server.version,
    base: server.draft,
    inFlight: null,
    savedAt: null,
    conflict: null,
    error: null,
  };
}

const same = <T>(a: T, b: T) => JSON.stringify(a) === JSON.stringify(b);

export function autosaveReducer<T>(
  state: AutosaveState<T>,
  event: AutosaveEvent<T>,
): AutosaveState<T> {
  switch (event.type) {
    case "edit": {
      if (same(event.draft, state.draft)) return state;
      // While saving or in conflict the status stays; the new text is sent after.
      const keepsStatus = state.status === "saving" || state.status === "conflict";
      const status = keepsStatus ? state.status : same(event.draft, state.base) ? "saved" : "dirty";
      return {
        ...state,
        draft: event.draft,
        status,
        error: status === "refused" ? state.error : null,
      };
    }
    case "flush": {
      if (state.status === "saving" || state.status === "conflict") return state;
      if (same(state.draft, state.base)) return { ...state, status: "saved", error: null };
      return { ...state, status: "saving", inFlight: state.draft };
    }
    case "saved": {
      if (state.status !== "saving" || state.inFlight === null) return state;
      const base = state.inFlight;
      return {
        ...state,
        status: same(state.draft, base) ? "saved" : "dirty",
        baseVersion: event.version,
        base,
        inFlight: null,
        savedAt: event.at,
        error: null,
      };
    }
    case "conflict": {
      if (state.status !== "saving") return state;
      return {
        ...state,
        status: "conflict",
        inFlight: null,
        conflict: { version: event.version, theirs: event.theirs, by: event.by },
      };
    }
    case "offline": {
      if (state.status !== "saving") return state;
      return { ...state, status: "offline", inFlight: null };
    }
    case "refused": {
      if (state.status !== "saving") return state;
      return { ...state, status: "refused", inFlight: null, error: event.message };
    }
    case "rebase": {
      if (state.status !== "saved") return state;
      return { ...state, baseVersion: event.version };
    }
    case "resolve": {
      if (state.status !== "conflict" || state.conflict === null) return state;
      const { version, theirs } = state.conflict;
      return {
        ...state,
        status: "saving",
        draft: event.merged,
        baseVersion: version,
        base: theirs,
        inFlight: event.merged,
        conflict: null,
        error: null,
      };
    }
  }
}

/** Whether leaving now would lose something the server does not have yet. */
export function hasUnsavedChanges(state: AutosaveState<unknown>): boolean {
  return state.status !== "saved";
}

/** The status line the editor shows and announces. */
export function autosaveMessage(
  state: AutosaveState<unknown>,
  formatTime: (at: Date) => string,
): string {
  switch (state.status) {
    case "saved":
      return state.savedAt ? `Saved ${formatTime(state.savedAt)}` : "All changes saved";
    case "dirty":
      return "Unsaved changes";
    case "saving":
      return "Saving…";
    case "offline":
      return "Offline — changes kept on this device";
    case "conflict":
      return "Conflict";
    case "refused":
      return `Not saved: ${state.error ?? "the server refused the change"}`;
  }
}
