import "server-only";
import { headers } from "next/headers";
import { notFound } from "next/navigation";
import { cache } from "react";
import { createServerCaller } from "@soleus/app-runtime/trpc";

/** The admin API as the requesting coach or admin (one caller per request). */
export const resultsApi = cache(async () => createServerCaller(await headers(), "admin"));

/** What a view shows instead of figures when the API refused the request. */
export interface Refusal {
  refused: true;
  message: string;
}

function codeOf(error: unknown): unknown {
  return (error as { code?: unknown } | null)?.code;
}

/**
 * Runs one read: a missing course, quiz or learner becomes the 404 page; a course that is not
 * the coach's, or a filter the API refuses, becomes a Refusal the view shows; anything else is
 * the results error page.
 */
export async function readOrRefuse<T>(read: Promise<T>): Promise<T | Refusal> {
  try {
    return await read;
  } catch (error) {
    const code = codeOf(error);
    if (code === "NOT_FOUND") notFound();
    if (code === "FORBIDDEN" || code === "BAD_REQUEST")
      return { refused: true, message: (error as Error).message };
    throw error;
  }
}

export function isRefusal(value: unknown): value is Refusal {
  return (value as Refusal | null)?.refused === true;
}
