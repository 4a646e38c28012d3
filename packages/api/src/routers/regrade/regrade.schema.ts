import { z } from "zod";

const quizId = z.uuid("That is not a valid quiz id.");

export const regradeQuizSchema = z.object({ quizId });

export const applyRegradeSchema = z.object({
  quizId,
  /** The revision the dry run scored onto: applying refuses when the quiz was published since. */
  targetRevisionId: z.uuid("That is not a valid revision id."),
  mode: z.enum(["all", "raise_only"], 'Choose "Regrade all" or "Only raise scores".'),
});

export const regradeProgressSchema = z.object({
  quizId,
  jobId: z.uuid("That is not a valid regrade id."),
});

export const dryRunProgressSchema = z.object({
  quizId,
  dryRunId: z.uuid("That is not a valid dry run id."),
});
