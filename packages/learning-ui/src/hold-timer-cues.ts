/** Whole seconds still to hold, rounding up so the display reads "1" until the very end. */
export function secondsLeft(remainingMs: number): number {
  return Math.max(0, Math.ceil(remainingMs / 1000));
}

/** "0:30", "1:05": minutes and seconds, as a clock shows them. */
export function formatClock(seconds: number): string {
  const whole = Math.max(0, Math.round(seconds));
  return `${Math.floor(whole / 60)}:${String(whole % 60).padStart(2, "0")}`;
}

/** "30 seconds", "1 second", "1 minute 5 seconds": for speech and the live region. */
export function describeDuration(seconds: number): string {
  const minutes = Math.floor(seconds / 60);
  const rest = seconds % 60;
  const plural = (n: number, unit: string) => `${n} ${unit}${n === 1 ? "" : "s"}`;
  if (minutes === 0) return plural(rest, "second");
  return rest === 0
    ? plural(minutes, "minute")
    : `${plural(minutes, "minute")} ${plural(rest, "second")}`;
}

/**
 * What to announce when the countdown reaches `left` whole seconds of a `total`-second hold,
 * or undefined to stay quiet: every 10 seconds, then each of the last 5. Never every second,
 * which would drown a screen reader; the start and the end have their own messages.
 */
export function countdownCue(left: number, total: number): string | undefined {
  if (left <= 0 || left >= total) return undefined;
  if (left <= 5) return String(left);
  if (left % 10 === 0) return `${describeDuration(left)} left`;
  return undefined;
}

/** What a countdown times: holding still at the top of a raise, or walking (a carry). */
export type TimedActivity = "hold" | "walk";

/** The words a countdown uses for its activity, so a carry says "walk" where a hold says "hold". */
export function timerWords(
  activity: TimedActivity,
  seconds: number,
): { title: string; started: string; ready: string } {
  const duration = describeDuration(seconds);
  return activity === "walk"
    ? {
        title: "Walk timer",
        started: `Started. Walk for ${duration}.`,
        ready: `Reset. Ready to walk for ${duration}.`,
      }
    : {
        title: "Hold timer",
        started: `Started. Hold for ${duration}.`,
        ready: `Reset. Ready to hold for ${duration}.`,
      };
}
