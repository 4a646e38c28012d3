"use client";

import { useId, useState } from "react";
import { ExerciseAnnouncements, useExerciseAnnouncer } from "./exercise-announcer";

/** "12-20" or 12 → the lower and upper target of a set. */
export function parseRepTarget(reps: string): { low: number; high: number } {
  const [low = 0, high = low] = reps.split("-").map(Number);
  return { low, high };
}

/**
 * Buttons are never disabled, so keyboard focus never falls off a button that just changed.
 * A tap-to-count helper for repetition exercises: one large "Add a rep" button, undo, set done
 * and reset. Each change is announced politely (the learner caused it, so it is expected).
 */
export function RepCounter({ reps, sets, name }: { reps: string; sets: number; name: string }) {
  const { low, high } = parseRepTarget(reps);
  const target = low === high ? String(low) : `${low} to ${high}`;
  const [count, setCount] = useState(0);
  const [setsDone, setSetsDone] = useState(0);
  const announcer = useExerciseAnnouncer();
  const { announce } = announcer;
  const titleId = useId();

  const add = () => {
    const next = count + 1;
    setCount(next);
    if (next === low) announce(`${next}. You reached the target.`);
    else if (next === high) announce(`${next}. That is the top of the range: finish this set.`);
    else announce(String(next));
  };
  const undo = () => {
    const next = Math.max(0, count - 1);
    setCount(next);
    announce(count === 0 ? "The count is already zero." : `Back to ${next}.`);
  };
  const finishSet = () => {
    if (count === 0) {
      announce("Count your repetitions first, then press Set done.");
      return;
    }
    const done = Math.min(setsDone + 1, sets);
    setSetsDone(done);
    setCount(0);
    announce(
      `Set ${done} of ${sets} done with ${count} repetitions.${done < sets ? " Rest, then start the next set." : ""}`,
    );
  };
  const reset = () => {
    setCount(0);
    setSetsDone(0);
    announce("Reset. Count and sets are back to zero.");
  };

  return (
    <div className="exercise-tool" role="group" aria-labelledby={titleId} data-read-aloud="skip">
      <p className="exercise-tool__title" id={titleId}>
        Rep counter: {name}
      </p>
      <p className="rep-counter__count">
        <span className="rep-counter__number">{count}</span>{" "}
        <span className="rep-counter__target">of {target} repetitions</span>
      </p>
      <p className="exercise-tool__sets">
        Sets done: {setsDone} of {sets}
      </p>
      <div className="exercise-tool__buttons">
        <button type="button" className="button rep-counter__add" onClick={add}>
          Add a rep
        </button>
        <button type="button" className="button button--secondary" onClick={undo}>
          Take one off
        </button>
        <button type="button" className="button button--secondary" onClick={finishSet}>
          Set done
        </button>
        <button type="button" className="button button--secondary" onClick={reset}>
          Reset
        </button>
      </div>
      <ExerciseAnnouncements announcer={announcer} speakLabel="Speak the count aloud" />
    </div>
  );
}
