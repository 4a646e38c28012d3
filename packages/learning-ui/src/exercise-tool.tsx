"use client";

import { HoldTimer } from "./hold-timer";
import { RepCounter } from "./rep-counter";

/**
 * The interactive helper of one exercise: a hold timer, walk timer or rep counter. Loaded
 * lazily after hydration (see lesson-segments.tsx): without JavaScript the exercise text stands
 * on its own, and no button is shown that could not work.
 */
export default function ExerciseTool({
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
  if (holdSeconds !== undefined) return <HoldTimer seconds={holdSeconds} sets={sets} name={name} />;
  // A carry is timed like a hold, but the learner walks: the timer says so.
  if (walkSeconds !== undefined)
    return <HoldTimer seconds={walkSeconds} sets={sets} name={name} activity="walk" />;
  if (reps !== undefined) return <RepCounter reps={reps} sets={sets} name={name} />;
  return null;
}
