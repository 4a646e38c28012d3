import { describe, expect, it } from "vitest";
import {
  autosaveMessage,
  autosaveReducer,
  hasUnsavedChanges,
  initialAutosave,
  type AutosaveEvent,
  type AutosaveState,
} from "./autosave-machine";

type Draft = { body: string };
const at = new Date("2026-12-02T10:42:00Z");
const time = (d: Date) => d.toISOString().slice(11, 16);
const run = (state: AutosaveState<Draft>, ...events: AutosaveEvent<Draft>[]) =>
  events.reduce(autosaveReducer, state);
const start = initialAutosave<Draft>({ version: 3, draft: { body: "Hello" } });

describe("autosave state machine", () => {
  it("starts saved, turns dirty on typing and back to saved when the text returns", () => {
    expect(start.status).toBe("saved");
    const typed = run(start, { type: "edit", draft: { body: "Hello!" } });
    expect(typed.status).toBe("dirty");
    expect(hasUnsavedChanges(typed)).toBe(true);
    expect(run(typed, { type: "edit", draft: { body: "Hello" } }).status).toBe("saved");
  });

  it("sends the draft on flush and records the new version and time", () => {
    const saving = run(start, { type: "edit", draft: { body: "Hello!" } }, { type: "flush" });
    expect(saving).toMatchObject({ status: "saving", inFlight: { body: "Hello!" } });
    expect(autosaveMessage(saving, time)).toBe("Saving…");
    const saved = run(saving, { type: "saved", version: 4, at });
    expect(saved).toMatchObject({ status: "saved", baseVersion: 4, base: { body: "Hello!" } });
    expect(autosaveMessage(saved, time)).toBe("Saved 10:42");
    expect(hasUnsavedChanges(saved)).toBe(false);
  });

  it("stays dirty when typing continued during the save, and sends once per flush", () => {
    const state = run(
      start,
      { type: "edit", draft: { body: "A" } },
      { type: "flush" },
      { type: "edit", draft: { body: "AB" } },
      { type: "flush" }, // ignored: one save in flight at a time
    );
    expect(state).toMatchObject({ status: "saving", inFlight: { body: "A" } });
    const after = run(state, { type: "saved", version: 4, at });
    expect(after).toMatchObject({ status: "dirty", base: { body: "A" }, draft: { body: "AB" } });
    expect(run(after, { type: "flush" })).toMatchObject({
      status: "saving",
      inFlight: { body: "AB" },
    });
  });

  it("keeps the text when offline and retries on the next flush", () => {
    const offline = run(
      start,
      { type: "edit", draft: { body: "Kept" } },
      { type: "flush" },
      { type: "offline" },
    );
    expect(offline).toMatchObject({ status: "offline", draft: { body: "Kept" } });
    expect(autosaveMessage(offline, time)).toBe("Offline — changes kept on this device");
    expect(hasUnsavedChanges(offline)).toBe(true);
    expect(run(offline, { type: "flush" }).status).toBe("saving");
  });

  it("holds a conflict until the coach merges, then saves the merge against their version", () => {
    const conflict = run(
      start,
      { type: "edit", draft: { body: "Mine" } },
      { type: "flush" },
      { type: "conflict", version: 7, theirs: { body: "Theirs" }, by: "Jo" },
    );
    expect(conflict.status).toBe("conflict");
    expect(autosaveMessage(conflict, time)).toBe("Conflict");
    // Typing and flushing during a conflict change the draft but send nothing.
    const typed = run(conflict, { type: "edit", draft: { body: "Mine 2" } }, { type: "flush" });
    expect(typed).toMatchObject({ status: "conflict", inFlight: null, draft: { body: "Mine 2" } });
    const resolved = run(typed, { type: "resolve", merged: { body: "Mine 2\nTheirs" } });
    expect(resolved).toMatchObject({
      status: "saving",
      baseVersion: 7,
      base: { body: "Theirs" },
      inFlight: { body: "Mine 2\nTheirs" },
      conflict: null,
    });
  });

  it("shows the server's reason when it refuses, and saves again after the next edit", () => {
    const refused = run(
      start,
      { type: "edit", draft: { body: "x".repeat(5) } },
      { type: "flush" },
      { type: "refused", message: "The title is too long." },
    );
    expect(autosaveMessage(refused, time)).toBe("Not saved: The title is too long.");
    const fixed = run(refused, { type: "edit", draft: { body: "short" } });
    expect(fixed.status).toBe("dirty");
    expect(fixed.error).toBeNull();
  });

  it("takes the version publishing moved on to, only when everything is saved", () => {
    expect(run(start, { type: "rebase", version: 4 }).baseVersion).toBe(4);
    const dirty = run(start, { type: "edit", draft: { body: "x" } });
    expect(run(dirty, { type: "rebase", version: 4 })).toBe(dirty);
  });

  it("ignores results that arrive when no save is in flight", () => {
    expect(run(start, { type: "saved", version: 9, at })).toBe(start);
    expect(run(start, { type: "conflict", version: 9, theirs: { body: "x" }, by: null })).toBe(
      start,
    );
    expect(run(start, { type: "offline" })).toBe(start);
  });
});
