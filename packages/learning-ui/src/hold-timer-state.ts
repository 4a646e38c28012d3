import { countdownCue, describeDuration, secondsLeft, type TimedActivity } from "./hold-timer-cues";

/** Seconds of "get ready" before a hold or walk starts, so the learner can get into position. */
export const GET_READY_SECONDS = 5;

export type HoldStatus = "ready" | "get-ready" | "running" | "paused" | "done";

/** A hold timer's state; times are on the injected clock (`now`, in milliseconds). */
export interface HoldState {
  status: HoldStatus;
  /** When the get-ready countdown or the running hold ends. */
  endAt: number;
  /** Milliseconds of the hold still to go (while ready, paused or done). */
  remainingMs: number;
  /** The whole second last shown and announced, so each cue is said once. */
  shownSecond: number;
  setsDone: number;
}

export interface HoldPlan {
  seconds: number;
  sets: number;
  activity: TimedActivity;
}

/** A step of the timer: the new state and what to announce, if anything. */
export interface HoldStep {
  state: HoldState;
  say?: string;
}

/** The state before the first set, and after a reset. */
export function readyHold(plan: HoldPlan): HoldState {
  return {
    status: "ready",
    endAt: 0,
    remainingMs: plan.seconds * 1000,
    shownSecond: plan.seconds,
    setsDone: 0,
  };
}

/** Start (after a get-ready countdown) or resume a paused hold. */
export function startHold(state: HoldState, plan: HoldPlan, now: number): HoldStep {
  if (state.status === "paused") {
    return {
      state: {
        ...state,
        status: "running",
        endAt: now + state.remainingMs,
        shownSecond: secondsLeft(state.remainingMs),
      },
      say: `Resumed. ${describeDuration(secondsLeft(state.remainingMs))} left.`,
    };
  }
  const word = plan.activity === "walk" ? "walk" : "hold";
  return {
    state: {
      status: "get-ready",
      endAt: now + GET_READY_SECONDS * 1000,
      remainingMs: plan.seconds * 1000,
      shownSecond: GET_READY_SECONDS,
      setsDone: state.status === "done" && state.setsDone >= plan.sets ? 0 : state.setsDone,
    },
    say: `Get ready. The ${word} starts in ${describeDuration(GET_READY_SECONDS)}.`,
  };
}

/** Pause a running hold; during the get-ready countdown, stop it and go back to ready. */
export function pauseHold(state: HoldState, now: number): HoldStep {
  if (state.status === "get-ready")
    return { state: { ...state, status: "ready" }, say: "Stopped before the start." };
  if (state.status !== "running") return { state };
  const remainingMs = Math.max(0, state.endAt - now);
  return {
    state: { ...state, status: "paused", remainingMs },
    say: `Paused. ${describeDuration(secondsLeft(remainingMs))} left.`,
  };
}

/**
 * Advance the countdown to `now`: the get-ready seconds (each said), then the hold with its
 * planned cues, then "done". Measured from the clock, so a late or throttled tick never drifts.
 */
export function tickHold(state: HoldState, plan: HoldPlan, now: number, started: string): HoldStep {
  const left = Math.max(0, state.endAt - now);
  const whole = secondsLeft(left);
  if (state.status === "get-ready") {
    if (whole === 0) {
      return {
        state: {
          ...state,
          status: "running",
          endAt: state.endAt + plan.seconds * 1000,
          remainingMs: plan.seconds * 1000,
          shownSecond: plan.seconds,
        },
        say: started,
      };
    }
    if (whole === state.shownSecond) return { state };
    return { state: { ...state, shownSecond: whole }, say: String(whole) };
  }
  if (state.status !== "running") return { state };
  if (whole === state.shownSecond) return { state: { ...state, remainingMs: left } };
  if (whole === 0) {
    const done = Math.min(state.setsDone + 1, plan.sets);
    return {
      state: { ...state, status: "done", remainingMs: 0, shownSecond: 0, setsDone: done },
      say: `Done. Set ${done} of ${plan.sets} complete.${done < plan.sets ? " Rest, then start the next set." : ""}`,
    };
  }
  return {
    state: { ...state, remainingMs: left, shownSecond: whole },
    say: countdownCue(whole, plan.seconds),
  };
}

/** Milliseconds until the shown second changes next (when to tick again). */
export function nextTickIn(state: HoldState, now: number): number {
  const left = Math.max(0, state.endAt - now);
  return Math.max(20, left - (secondsLeft(left) - 1) * 1000 + 5);
}

/** True when a reset would throw something away (time held, or sets done), so it should ask first. */
export function resetDiscardsProgress(state: HoldState, plan: HoldPlan): boolean {
  return (
    state.setsDone > 0 ||
    state.status === "running" ||
    state.status === "paused" ||
    (state.status === "done" && state.remainingMs < plan.seconds * 1000)
  );
}
