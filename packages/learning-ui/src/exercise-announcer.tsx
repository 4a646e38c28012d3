"use client";
import { useCallback, useState } from "react";
import { speakNow, useSpeechSupported } from "./speech";

export interface ExerciseAnnouncer {
  message: string;
  /** Shows the text in the live region and, when the learner asked for it, speaks it. */
  announce: (text: string) => void;
  speak: boolean;
  setSpeak: (value: boolean) => void;
  speechSupported: boolean;
}

/** The announcements shared by the hold timer and the rep counter. */
export function useExerciseAnnouncer(): ExerciseAnnouncer {
  const [message, setMessage] = useState("");
  const [speak, setSpeak] = useState(false);
  const speechSupported = useSpeechSupported();
  const announce = useCallback(
    (text: string) => {
      setMessage(text);
      if (speak && speechSupported) speakNow(text);
    },
    [speak, speechSupported],
  );
  return { message, announce, speak, setSpeak, speechSupported };
}

/** The "speak aloud" option (only where the browser can speak) and the polite live region. */
export function ExerciseAnnouncements({
  announcer,
  speakLabel,
}: {
  announcer: ExerciseAnnouncer;
  speakLabel: string;
}) {
  return (
    <>
      {announcer.speechSupported ? (
        <label className="exercise-tool__option">
          <input
            type="checkbox"
            checked={announcer.speak}
            onChange={(event) => announcer.setSpeak(event.target.checked)}
          />
          {speakLabel}
        </label>
      ) : null}
      <p className="exercise-tool__status" role="status" aria-live="polite" aria-atomic="true">
        {announcer.message}
      </p>
    </>
  );
}
