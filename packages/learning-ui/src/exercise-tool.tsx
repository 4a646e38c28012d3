"use client";

import { useSyncExternalStore } from "react";
import { HoldTimer } from "./hold-timer";
import { RepCounter } from "./rep-counter";

const subscribeNever = () => () => undefined;

/**
 * The interactive helper of one exercise. Rendered only once JavaScript runs: without it the
 * exercise text stands on its own, and no button is shown that could not work.
 */
export function ExerciseTool({
  name,
  sets,
  holdSeconds,
  walkSeconds,
  reps,
}: {
  name: string;
  sets: number;
  holdSeconds?: number;
  walkSeconds?: number;
  reps?: string;
}) {
  const hydrated = useSyncExternalStore(
    subscribeNever,
    () => true,
    () => false,
  );
  if (!hydrated) return null;
  if (holdSeconds !== undefined) return <HoldTimer seconds={holdSeconds} sets={sets} name={name} />;
  // A carry is timed like a hold, but the learner walks: the timer says so.
  if (walkSeconds !== undefined)
    return <HoldTimer seconds={walkSeconds} sets={sets} name={name} activity="walk" />;
  if (reps !== undefined) return <RepCounter reps={reps} sets={sets} name={name} />;
  return null;
}
