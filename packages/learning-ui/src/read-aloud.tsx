"use client";

import { useEffect, useRef, useState } from "react";
import { speechSynthesisOrUndefined, useSpeechSupported } from "./speech";

const READABLE = "h1, h2, h3, h4, p, li, dt, dd, figcaption, td, th";

/** The text of the readable blocks inside `root`, in order, skipping blocks nested in another and widgets. */
function readableChunks(root: HTMLElement): string[] {
  const blocks = [...root.querySelectorAll<HTMLElement>(READABLE)].filter(
    (block) => !block.closest('[data-read-aloud="skip"]') && block.querySelector(READABLE) === null,
  );
  return blocks
    .map((block) => block.textContent.replace(/\s+/g, " ").trim())
    .filter((text) => text !== "");
}

type Status = "stopped" | "playing" | "paused";

/**
 * "Read aloud" for the element with id `targetId`, using the browser's speech synthesis: play,
 * pause and stop. Renders nothing where speech synthesis is missing (and on the server).
 * The text goes block by block, because some browsers stop long utterances part way.
 */
export function ReadAloud({
  targetId,
  label = "Listen to this lesson",
}: {
  targetId: string;
  label?: string;
}) {
  const supported = useSpeechSupported();
  const [status, setStatus] = useState<Status>("stopped");
  const run = useRef(0);

  useEffect(
    () => () => {
      speechSynthesisOrUndefined()?.cancel();
    },
    [],
  );

  if (!supported) return null;
  const synth = window.speechSynthesis;

  const play = () => {
    if (status === "paused") {
      synth.resume();
      setStatus("playing");
      return;
    }
    const root = document.getElementById(targetId);
    if (!root) return;
    const chunks = readableChunks(root);
    if (chunks.length === 0) return;
    synth.cancel();
    const thisRun = ++run.current;
    chunks.forEach((text, index) => {
      const utterance = new SpeechSynthesisUtterance(text);
      if (index === chunks.length - 1) {
        utterance.onend = () => {
          if (run.current === thisRun) setStatus("stopped");
        };
      }
      synth.speak(utterance);
    });
    setStatus("playing");
  };
  const pause = () => {
    synth.pause();
    setStatus("paused");
  };
  const stop = () => {
    run.current += 1;
    synth.cancel();
    setStatus("stopped");
  };

  return (
    <div className="read-aloud" role="group" aria-label={label}>
      <span className="read-aloud__label" aria-hidden="true">
        {label}:
      </span>
      {status === "playing" ? (
        <button type="button" className="button button--secondary" onClick={pause}>
          Pause reading
        </button>
      ) : (
        <button type="button" className="button button--secondary" onClick={play}>
          {status === "paused" ? "Resume reading" : "Read aloud"}
        </button>
      )}
      <button type="button" className="button button--secondary" onClick={stop}>
        Stop
      </button>
    </div>
  );
}
