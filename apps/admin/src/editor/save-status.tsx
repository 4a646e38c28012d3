"use client";
import { autosaveMessage, type AutosaveState } from "./autosave-machine";

const timeFormat = new Intl.DateTimeFormat("en-GB", { hour: "2-digit", minute: "2-digit" });

/** The autosave status, visible and announced politely (a conflict is announced by its view). */
export function SaveStatus({ state }: { state: AutosaveState<unknown> }) {
  const message = autosaveMessage(state, (at) => timeFormat.format(at));
  return (
    <p className={`save-status save-status--${state.status}`} role="status" aria-live="polite">
      {message}
    </p>
  );
}
