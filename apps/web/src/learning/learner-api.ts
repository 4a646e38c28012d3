import "server-only";
import { headers } from "next/headers";
import { cache } from "react";
import { currentSession } from "@soleus/app-runtime/account";
import { createServerCaller } from "@soleus/app-runtime/trpc";

/*
 * The learning pages' door to the data: the API as the requesting person. `cache` shares one
 * caller and one session lookup between a page and its generateMetadata within a request.
 */

/** The API as the requesting person. */
export const learnerApi = cache(async () => createServerCaller(await headers(), "web"));

/** The signed-in person, or null. */
export const signedInPerson = cache(async () => currentSession(await headers(), "web"));

/** NOT_FOUND (which is also what someone else's attempt answers) becomes null, for the page's 404. */
export async function orNull<T>(read: Promise<T>): Promise<T | null> {
  try {
    return await read;
  } catch (error) {
    if ((error as { code?: unknown } | null)?.code === "NOT_FOUND") return null;
    throw error;
  }
}
