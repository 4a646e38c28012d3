import { z } from "zod";
import { API_LIMITS } from "../trpc/limits";

/**
 * A learner's answer to one question, as it arrives (attempts and practice alike). Its shape is
 * checked by the quiz engine against the question; only its size is capped here.
 */
export const answerResponseSchema = z
  .unknown()
  .refine(
    (value) => value !== undefined && JSON.stringify(value).length <= API_LIMITS.maxResponseJson,
    {
      message: `An answer can be at most ${API_LIMITS.maxResponseJson} characters.`,
    },
  );
