"use client";

import { useEffect, useRef, useState } from "react";
import { speechSynthesisOrUndefined, useSpeechSupported } from "./speech";

const READABLE = "h1, h2, h3, h4, p, li, dt, dd, figcaption, td, th";
const CURRENT = "read-aloud-current";
const SPEEDS = [
  { rate: 0.75, label: "Slower" },
  { rate: 1, label: "Normal" },
  { rate: 1.25, label: "Faster" },
];

/** The readable blocks inside `root`, in order, skipping blocks nested in another, widgets and empty ones. */
export function readableBlocks(root: ParentNode): HTMLElement[] {
  return [...root.querySelectorAll<HTMLElement>(READABLE)].filter(
    (block) =>
      !block.closest('[data-read-aloud="skip"]') &&
      block.querySelector(READABLE) === null &&
      blockText(block) !== "",
  );
}

function blockText(block: HTMLElement): string {
  return block.textContent.replace(/\s+/g, " ").trim();
}

type Status = "stopped" | "playing" | "paused";

/**
 * "Read aloud" for the element with id `targetId`, using the browser's speech synthesis, one
 * block at a time: the block being read is highlighted, the learner picks where to start (a
 * section, or by clicking a paragraph while reading), and the speed. Pause and Stop appear only
 * while something is playing. Renders nothing where speech synthesis is missing (and on the server).
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
  const [rate, setRate] = useState(1);
  const [sections, setSections] = useState<{ index: number; text: string }[]>([]);
  const [startAt, setStartAt] = useState(0);
  const group = useRef<HTMLDivElement>(null);
  const run = useRef(0);
  const reading = useRef({ index: -1, rate: 1 });

  const root = () => group.current?.ownerDocument.getElementById(targetId) ?? null;
  const highlight = (block: HTMLElement | undefined) => {
    root()?.querySelector(`.${CURRENT}`)?.classList.remove(CURRENT);
    block?.classList.add(CURRENT);
    block?.scrollIntoView({ block: "nearest" });
  };

  const readFrom = (index: number) => {
    const synth = speechSynthesisOrUndefined();
    const target = root();
    if (!synth || !target) return;
    const blocks = readableBlocks(target);
    synth.cancel();
    synth.resume();
    const thisRun = ++run.current;
    const speak = (at: number) => {
      const block = blocks[at];
      if (run.current !== thisRun) return;
      highlight(block);
      reading.current.index = at;
      if (!block) {
        reading.current.index = -1;
        setStatus("stopped");
        return;
      }
      const utterance = new SpeechSynthesisUtterance(blockText(block));
      utterance.rate = reading.current.rate;
      utterance.onend = () => speak(at + 1);
      synth.speak(utterance);
    };
    setStatus("playing");
    speak(Math.max(0, Math.min(index, blocks.length - 1)));
  };

  useEffect(() => {
    const target = root();
    if (!target) return;
    const blocks = readableBlocks(target);
    setSections(
      blocks.flatMap((block, index) =>
        /^H[23]$/.test(block.tagName) ? [{ index, text: blockText(block) }] : [],
      ),
    );
    // A click on a paragraph while reading goes on from there.
    const jump = (event: MouseEvent) => {
      if (reading.current.index < 0) return;
      const block = (event.target as Element).closest(READABLE);
      const at = block ? readableBlocks(target).indexOf(block as HTMLElement) : -1;
      if (at >= 0) readFrom(at);
    };
    target.addEventListener("click", jump);
    return () => {
      target.removeEventListener("click", jump);
      run.current += 1;
      speechSynthesisOrUndefined()?.cancel();
    };
    // Sections are read once the page is interactive; the lesson's text does not change under it.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [supported, targetId]);

  if (!supported) return null;

  const stop = () => {
    run.current += 1;
    reading.current.index = -1;
    speechSynthesisOrUndefined()?.cancel();
    highlight(undefined);
    setStatus("stopped");
  };
  const pauseOrResume = () => {
    const synth = speechSynthesisOrUndefined();
    if (status === "playing") synth?.pause();
    else synth?.resume();
    setStatus(status === "playing" ? "paused" : "playing");
  };
  const changeRate = (next: number) => {
    setRate(next);
    reading.current.rate = next;
    // Say the current block again at the new speed.
    if (status === "playing") readFrom(reading.current.index);
  };

  return (
    <div ref={group} className="read-aloud" role="group" aria-label={label}>
      <span className="read-aloud__label" aria-hidden="true">
        {label}:
      </span>
      {status === "stopped" ? (
        <>
          <button
            type="button"
            className="button button--secondary"
            onClick={() => readFrom(startAt)}
          >
            Read aloud
          </button>
          {sections.length > 0 ? (
            <label className="read-aloud__option">
              Start from
              <select value={startAt} onChange={(event) => setStartAt(Number(event.target.value))}>
                <option value={0}>the beginning</option>
                {sections.map((section) => (
                  <option key={section.index} value={section.index}>
                    {section.text}
                  </option>
                ))}
              </select>
            </label>
          ) : null}
        </>
      ) : (
        <>
          <button type="button" className="button button--secondary" onClick={pauseOrResume}>
            {status === "playing" ? "Pause reading" : "Resume reading"}
          </button>
          <button type="button" className="button button--secondary" onClick={stop}>
            Stop
          </button>
        </>
      )}
      <label className="read-aloud__option">
        Speed
        <select value={rate} onChange={(event) => changeRate(Number(event.target.value))}>
          {SPEEDS.map((speed) => (
            <option key={speed.rate} value={speed.rate}>
              {speed.label}
            </option>
          ))}
        </select>
      </label>
    </div>
  );
}
