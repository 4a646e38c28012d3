import { useSyncExternalStore } from "react";

const subscribeNever = () => () => undefined;

/** True in a browser with speech synthesis (false during server rendering and hydration). */
export function useSpeechSupported(): boolean {
  return useSyncExternalStore(
    subscribeNever,
    () =>
      typeof window !== "undefined" &&
      typeof window.speechSynthesis?.speak === "function" &&
      typeof SpeechSynthesisUtterance === "function",
    () => false,
  );
}

/** Say a short cue now, replacing whatever the page was saying. */
export function speakNow(text: string): void {
  window.speechSynthesis.cancel();
  window.speechSynthesis.speak(new SpeechSynthesisUtterance(text));
}
