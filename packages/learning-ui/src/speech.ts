import { useSyncExternalStore } from "react";

/** The page's speech synthesis, or undefined where the browser has none (or on the server). */
export function speechSynthesisOrUndefined(): SpeechSynthesis | undefined {
  if (typeof window === "undefined") return undefined;
  // Typed as always present, but missing in some browsers and switched off in others.
  const synth = window.speechSynthesis as SpeechSynthesis | undefined;
  return typeof synth?.speak === "function" ? synth : undefined;
}

const subscribeNever = () => () => undefined;

/** True in a browser with speech synthesis (false during server rendering and hydration). */
export function useSpeechSupported(): boolean {
  return useSyncExternalStore(
    subscribeNever,
    () =>
      speechSynthesisOrUndefined() !== undefined && typeof SpeechSynthesisUtterance === "function",
    () => false,
  );
}

/** Say a short cue now, replacing whatever the page was saying. */
export function speakNow(text: string): void {
  window.speechSynthesis.cancel();
  window.speechSynthesis.speak(new SpeechSynthesisUtterance(text));
}
