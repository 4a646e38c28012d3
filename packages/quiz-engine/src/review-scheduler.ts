import { createEmptyCard, fsrs, Rating, type Card, type Grade } from "ts-fsrs";
import { z } from "zod";
import { parseOrThrow } from "./errors";
import { instantSchema } from "./attempt/attempt";
import { questionIdSchema } from "./schemas/common";

const reviewEventSchema = z.strictObject({
  questionId: questionIdSchema,
  /** When the learner answered, epoch ms. */
  at: instantSchema,
  /** Fraction earned, 0..1. */
  fraction: z.number().min(0).max(1),
});
export type ReviewEvent = z.infer<typeof reviewEventSchema>;

const reviewInputSchema = z.strictObject({
  history: z.array(reviewEventSchema).max(100_000),
  now: instantSchema,
});

export interface ReviewItem {
  questionId: string;
  /** When FSRS schedules the next review, epoch ms. */
  due: number;
  /** How many times this question was missed (fraction below 1). */
  lapses: number;
}

export interface ReviewSchedule {
  /** Questions due now, most overdue first. */
  due: ReviewItem[];
  /** Every question under review with its next due time, soonest first. */
  upcoming: ReviewItem[];
}

// Fuzz off keeps the schedule a pure function of the history.
const scheduler = fsrs({ enable_fuzz: false });

/** Fully right is Good, at least half right is Hard, anything less is Again. */
function gradeOf(fraction: number): Grade {
  if (fraction >= 1) return Rating.Good;
  return fraction >= 0.5 ? Rating.Hard : Rating.Again;
}

/**
 * Spaced-repetition review of missed questions (FSRS via ts-fsrs). A question enters review the
 * first time it is missed; every answer from then on updates its card. Pure: `now` is passed in.
 */
export function scheduleReviews(history: readonly ReviewEvent[], now: number): ReviewSchedule {
  const input = parseOrThrow(reviewInputSchema, { history, now }, "invalid_argument");
  const events = input.history
    .map((e, i) => ({ ...e, i }))
    .sort((a, b) => a.at - b.at || a.i - b.i);
  const cards = new Map<string, { card: Card; lapses: number }>();
  for (const event of events) {
    if (event.at > input.now) continue;
    let entry = cards.get(event.questionId);
    if (!entry) {
      if (event.fraction >= 1) continue;
      entry = { card: createEmptyCard(new Date(event.at)), lapses: 0 };
      cards.set(event.questionId, entry);
    }
    entry.card = scheduler.next(entry.card, new Date(event.at), gradeOf(event.fraction)).card;
    if (event.fraction < 1) entry.lapses++;
  }
  const upcoming = [...cards.entries()]
    .map(([questionId, { card, lapses }]) => ({ questionId, due: card.due.getTime(), lapses }))
    .sort((a, b) => a.due - b.due || a.questionId.localeCompare(b.questionId));
  return { due: upcoming.filter((item) => item.due <= input.now), upcoming };
}
