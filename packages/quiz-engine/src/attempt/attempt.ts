import { z } from "zod";
import { localIdSchema, questionIdSchema } from "../schemas/common";
import { LIMITS } from "../schemas/limits";

/** Epoch milliseconds, as passed in by the caller (the engine never reads a clock). */
export const instantSchema = z.number().int("must be whole milliseconds").min(0).max(8.64e15);

const checkSchema = z.strictObject({
  /** Answers checked so far (immediate feedback mode). */
  tries: z.number().int().min(0),
  /** The saved response changed after its last check: submitting counts as one more try. */
  pending: z.boolean(),
  /** The last check was fully correct; the question accepts no more changes. */
  solved: z.boolean(),
});
export type CheckRecord = z.infer<typeof checkSchema>;

/**
 * One learner's attempt at a quiz: the drawn questions and their layout (from the seed), the
 * saved responses, and timing. Serialisable as JSON; the server stores it and sends only
 * `toPublicQuiz` to the learner.
 */
export const attemptSchema = z.strictObject({
  quizId: questionIdSchema,
  seed: z.string().min(1).max(LIMITS.seedLength),
  attemptNumber: z.number().int().positive(),
  status: z.enum(["open", "submitted"]),
  startedAt: instantSchema,
  /** This learner's limit in seconds (accommodation applied), or null when untimed. */
  timeLimitSeconds: z.number().positive().nullable(),
  /** When the time is up, or null when untimed. */
  deadline: instantSchema.nullable(),
  /** Seconds after the deadline during which saves in flight are still accepted. */
  graceSeconds: z.number().min(0).max(600),
  submittedAt: instantSchema.nullable(),
  questionIds: z.array(questionIdSchema).min(1).max(LIMITS.questionsPerQuiz),
  layouts: z.record(
    questionIdSchema,
    z.record(z.string().max(80), z.array(localIdSchema).max(LIMITS.items)),
  ),
  responses: z.record(questionIdSchema, z.unknown()),
  checks: z.record(questionIdSchema, checkSchema),
  /** The question the learner was last on (stored so "continue" resumes there on any device). */
  lastQuestionId: questionIdSchema.optional(),
});
export type Attempt = z.infer<typeof attemptSchema>;
