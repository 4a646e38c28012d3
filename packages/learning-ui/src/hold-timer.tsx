"use client";

import { useEffect, useId, useRef, useState } from "react";
import { ProgressBar } from "@soleus/ui/progress-bar";
import { formatClock, secondsLeft, timerWords, type TimedActivity } from "./hold-timer-cues";
import {
  nextTickIn,
  pauseHold,
  readyHold,
  resetDiscardsProgress,
  startHold,
  tickHold,
  type HoldStep,
} from "./hold-timer-state";
import { ExerciseAnnouncements, useExerciseAnnouncer } from "./exercise-announcer";

const PRIMARY = { ready: "Start", "get-ready": "Cancel", running: "Pause", paused: "Resume" };

/**
 * A countdown for an isometric hold, or for a timed walk such as a carry (`activity="walk"`,
 * which changes only the words): a 5-second "get ready" count, then the hold with a large clock,
 * announcements in a polite live region (start, every 10 s, the last 5 s, done) and optional
 * spoken cues. Reset asks first when it would discard time or sets. The logic lives in
 * hold-timer-state.ts; `now` is the clock (performance.now by default), injectable for tests.
 */
export function HoldTimer({
  seconds,
  sets,
  name,
  activity = "hold",
  now = () => performance.now(),
}: {
  seconds: number;
  sets: number;
  name: string;
  activity?: TimedActivity;
  now?: () => number;
}) {
  const plan = { seconds, sets, activity };
  const words = timerWords(activity, seconds);
  const [state, setState] = useState(() => readyHold(plan));
  const [confirmingReset, setConfirmingReset] = useState(false);
  const announcer = useExerciseAnnouncer();
  const { announce } = announcer;
  const keepButton = useRef<HTMLButtonElement>(null);
  const titleId = useId();
  const clock = useRef(now);
  clock.current = now;

  const apply = ({ state: next, say }: HoldStep) => {
    setState(next);
    if (say) announce(say);
  };

  const { status } = state;
  const latest = useRef(state);
  latest.current = state;
  useEffect(() => {
    if (status !== "running" && status !== "get-ready") return;
    let timer: ReturnType<typeof setTimeout> | undefined;
    const tick = () => {
      const step = tickHold(
        latest.current,
        { seconds, sets, activity },
        clock.current(),
        words.started,
      );
      latest.current = step.state;
      setState(step.state);
      if (step.say) announce(step.say);
      // A new phase starts its own loop (this effect runs again).
      if (step.state.status === status)
        timer = setTimeout(tick, nextTickIn(step.state, clock.current()));
    };
    timer = setTimeout(tick, nextTickIn(latest.current, clock.current()));
    return () => clearTimeout(timer);
  }, [status, seconds, sets, activity, words.started, announce]);

  useEffect(() => {
    if (confirmingReset) keepButton.current?.focus();
  }, [confirmingReset]);

  const primary = () =>
    apply(
      status === "running" || status === "get-ready"
        ? pauseHold(state, clock.current())
        : startHold(state, plan, clock.current()),
    );
  const reset = () => {
    setConfirmingReset(false);
    setState(readyHold(plan));
    announce(words.ready);
  };

  const shown = status === "get-ready" ? state.shownSecond : secondsLeft(state.remainingMs);
  const primaryLabel =
    status === "done" ? (state.setsDone < sets ? "Start next set" : "Start") : PRIMARY[status];

  return (
    <div className="exercise-tool" role="group" aria-labelledby={titleId} data-read-aloud="skip">
      <p className="exercise-tool__title" id={titleId}>
        {words.title}: {name}
      </p>
      <p className="hold-timer__clock" data-status={status}>
        {status === "get-ready" ? (
          <span className="hold-timer__phase">Get ready </span>
        ) : (
          <span className="visually-hidden">Time left: </span>
        )}
        {formatClock(shown)}
      </p>
      <ProgressBar
        className="hold-timer__bar"
        value={seconds * 1000 - state.remainingMs}
        max={seconds * 1000}
        decorative
      />
      <p className="exercise-tool__sets">
        Sets done: {state.setsDone} of {sets}
      </p>
      {confirmingReset ? (
        <div className="exercise-tool__buttons" role="group" aria-labelledby={`${titleId}-reset`}>
          <p id={`${titleId}-reset`} className="exercise-tool__question">
            Reset the timer and the sets done to zero?
          </p>
          <button type="button" className="button" onClick={reset}>
            Yes, reset
          </button>
          <button
            type="button"
            ref={keepButton}
            className="button button--secondary"
            onClick={() => setConfirmingReset(false)}
          >
            No, keep going
          </button>
        </div>
      ) : (
        <div className="exercise-tool__buttons">
          <button type="button" className="button" onClick={primary}>
            {primaryLabel}
          </button>
          <button
            type="button"
            className="button button--secondary"
            onClick={() =>
              resetDiscardsProgress(state, plan) ? setConfirmingReset(true) : reset()
            }
          >
            Reset
          </button>
        </div>
      )}
      <ExerciseAnnouncements announcer={announcer} speakLabel="Speak the countdown aloud" />
    </div>
  );
}
