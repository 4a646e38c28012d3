"use client";

import { useEffect, useId, useRef, useState } from "react";
import {
  countdownCue,
  describeDuration,
  formatClock,
  secondsLeft,
  timerWords,
  type TimedActivity,
} from "./hold-timer-cues";
import { ProgressBar } from "@soleus/ui/progress-bar";
import { ExerciseAnnouncements, useExerciseAnnouncer } from "./exercise-announcer";

type Status = "ready" | "running" | "paused" | "done";

/**
 * A countdown for an isometric hold, or for a timed walk such as a carry (`activity="walk"`,
 * which changes only the words): start/pause and reset, a large clock, announcements in a
 * polite live region (start, every 10 s, the last 5 s, done) and optional spoken cues. Time is
 * measured with performance.now(), so a throttled or late timer never makes the hold drift.
 */
export function HoldTimer({
  seconds,
  sets,
  name,
  activity = "hold",
}: {
  seconds: number;
  sets: number;
  name: string;
  activity?: TimedActivity;
}) {
  const words = timerWords(activity, seconds);
  const totalMs = seconds * 1000;
  const [status, setStatus] = useState<Status>("ready");
  const [remainingMs, setRemainingMs] = useState(totalMs);
  const [setsDone, setSetsDone] = useState(0);
  const announcer = useExerciseAnnouncer();
  const { announce } = announcer;
  const endAt = useRef(0);
  const shownSecond = useRef(seconds);
  const titleId = useId();

  useEffect(() => {
    if (status !== "running") return;
    let timer: ReturnType<typeof setTimeout> | undefined;
    const tick = () => {
      const left = Math.max(0, endAt.current - performance.now());
      const whole = secondsLeft(left);
      setRemainingMs(left);
      if (whole !== shownSecond.current) {
        shownSecond.current = whole;
        if (whole === 0) {
          const done = Math.min(setsDone + 1, sets);
          setSetsDone(done);
          setStatus("done");
          announce(
            `Done. Set ${done} of ${sets} complete.${done < sets ? " Rest, then start the next set." : ""}`,
          );
          return;
        }
        const cue = countdownCue(whole, seconds);
        if (cue) announce(cue);
      }
      // Wake up when the shown second changes next, measured from the clock, not counted.
      timer = setTimeout(tick, Math.max(20, left - (whole - 1) * 1000 + 5));
    };
    tick();
    return () => clearTimeout(timer);
  }, [status, seconds, sets, setsDone, announce]);

  const startOrPause = () => {
    if (status === "running") {
      const left = Math.max(0, endAt.current - performance.now());
      setRemainingMs(left);
      setStatus("paused");
      announce(`Paused. ${describeDuration(secondsLeft(left))} left.`);
      return;
    }
    const resuming = status === "paused";
    const from = resuming ? remainingMs : totalMs;
    endAt.current = performance.now() + from;
    shownSecond.current = secondsLeft(from);
    setRemainingMs(from);
    if (status === "done" && setsDone >= sets) setSetsDone(0);
    setStatus("running");
    announce(resuming ? `Resumed. ${describeDuration(secondsLeft(from))} left.` : words.started);
  };

  const reset = () => {
    setStatus("ready");
    setRemainingMs(totalMs);
    setSetsDone(0);
    announce(words.ready);
  };

  const left = secondsLeft(remainingMs);
  const primary =
    status === "running"
      ? "Pause"
      : status === "paused"
        ? "Resume"
        : status === "done" && setsDone < sets
          ? "Start next set"
          : "Start";

  return (
    <div className="exercise-tool" role="group" aria-labelledby={titleId} data-read-aloud="skip">
      <p className="exercise-tool__title" id={titleId}>
        {words.title}: {name}
      </p>
      <p className="hold-timer__clock" data-status={status}>
        <span className="visually-hidden">Time left: </span>
        {formatClock(left)}
      </p>
      <ProgressBar
        className="hold-timer__bar"
        value={totalMs - remainingMs}
        max={totalMs}
        decorative
      />
      <p className="exercise-tool__sets">
        Sets done: {setsDone} of {sets}
      </p>
      <div className="exercise-tool__buttons">
        <button type="button" className="button" onClick={startOrPause}>
          {primary}
        </button>
        <button type="button" className="button button--secondary" onClick={reset}>
          Reset
        </button>
      </div>
      <ExerciseAnnouncements announcer={announcer} speakLabel="Speak the countdown aloud" />
    </div>
  );
}
