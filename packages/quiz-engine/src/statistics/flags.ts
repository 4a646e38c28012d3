import type { OptionFrequency } from "./frequencies";
import type { ItemStatistics } from "./item";

export type ItemFlagCode =
  | "too_few_attempts"
  | "negative_discrimination"
  | "low_discrimination"
  | "low_efficiency"
  | "too_easy"
  | "too_hard"
  | "unused_distractor"
  | "no_variation";

export interface ItemFlag {
  code: ItemFlagCode;
  /** "problem" deserves a look at the question; "caution" qualifies the other figures. */
  severity: "problem" | "caution";
  /** Plain language: what the figures say and what to do about it. */
  message: string;
}

export interface FlagThresholds {
  minAttempts: number;
  lowDiscrimination: number;
  lowEfficiency: number;
  tooEasy: number;
  tooHard: number;
}

export const DEFAULT_FLAG_THRESHOLDS: FlagThresholds = {
  minAttempts: 30,
  lowDiscrimination: 20,
  lowEfficiency: 15,
  tooEasy: 95,
  tooHard: 20,
};

const pct = (value: number): string => `${Math.round(value)}%`;

/** Plain-language warnings with advice for one question's statistics. */
export function flagItem(
  stats: ItemStatistics,
  frequencies: readonly OptionFrequency[],
  t: FlagThresholds,
): ItemFlag[] {
  const flags: ItemFlag[] = [];
  const {
    facility,
    facilityInterval: ci,
    discriminationIndex: di,
    discriminativeEfficiency: de,
  } = stats;
  if (stats.attempts < t.minAttempts) {
    flags.push({
      code: "too_few_attempts",
      severity: "caution",
      message: `Only ${stats.attempts} attempt(s): too few to judge. The facility of ${pct(facility)} could really be anywhere from ${pct(ci.low)} to ${pct(ci.high)} (95% Wilson interval). Wait for at least ${t.minAttempts} attempts before changing the question.`,
    });
  }
  if (di === null && stats.attempts > 1) {
    flags.push({
      code: "no_variation",
      severity: "caution",
      message:
        "Everyone scored the same on this question (or on the rest of the quiz), so it cannot tell stronger from weaker learners.",
    });
  }
  // "Negative" means it rounds to a negative figure: a correlation of -1e-15 is float noise around
  // zero (it showed as "negative (0)" and flipped between SQL and in-memory sums); it is low.
  if (di !== null && Math.round(di) < 0) {
    flags.push({
      code: "negative_discrimination",
      severity: "problem",
      message: `Discrimination is negative (${Math.round(di)}): learners who did worse on the rest of the quiz did better here. Check the answer key, then look for wording that misleads learners who know the material.`,
    });
  } else if (di !== null && di < t.lowDiscrimination) {
    flags.push({
      code: "low_discrimination",
      severity: "problem",
      message: `Low discrimination (${Math.round(di)}, below ${t.lowDiscrimination}): this question barely separates learners who understood the lesson from those who did not. Make wrong options more plausible or the prompt clearer.`,
    });
  }
  if (de !== null && de < t.lowEfficiency) {
    flags.push({
      code: "low_efficiency",
      severity: "problem",
      message: `Discriminative efficiency is ${pct(de)} (below ${t.lowEfficiency}%): the question discriminates far less than its difficulty would allow. Review its distractors and wording.`,
    });
  }
  if (facility > t.tooEasy) {
    flags.push({
      code: "too_easy",
      severity: "problem",
      message: `Very easy: ${pct(facility)} of the marks were earned. Fine as a confidence builder; otherwise ask about something less obvious.`,
    });
  } else if (facility < t.tooHard) {
    flags.push({
      code: "too_hard",
      severity: "problem",
      message: `Very hard: only ${pct(facility)} of the marks were earned. Check the key and whether the lesson teaches this clearly.`,
    });
  }
  for (const option of frequencies) {
    if (!option.correct && option.count === 0 && stats.attempts > 0) {
      flags.push({
        code: "unused_distractor",
        severity: "problem",
        message: `Nobody chose the wrong option "${option.optionId}": it does not distract. Replace it with a mistake learners really make.`,
      });
    }
  }
  return flags;
}
