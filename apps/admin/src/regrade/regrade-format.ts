/** "2 of 3 (67%)": a score as the regrade tables show it. */
export function scoreText(score: { points: number; maxPoints: number; percent: number }): string {
  const points = (n: number) => (Number.isInteger(n) ? String(n) : n.toFixed(2));
  return `${points(score.points)} of ${points(score.maxPoints)} (${Math.round(score.percent)}%)`;
}

/** What happens to pass or fail, in words. */
export function passFlipText(flip: "none" | "now_passes" | "now_fails", passed: boolean): string {
  if (flip === "now_passes") return "Fail → pass";
  if (flip === "now_fails") return "Pass → fail";
  return passed ? "Still passes" : "Still fails";
}

export const plural = (n: number, one: string, many: string) =>
  `${n.toLocaleString("en-GB")} ${n === 1 ? one : many}`;
