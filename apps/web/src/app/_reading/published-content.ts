import "server-only";
import { headers } from "next/headers";
import { cache } from "react";
import { courseAddressSchema } from "@soleus/api/content/inputs";
import {
  createPublishedContentCache,
  PUBLISHED_CONTENT_TTL_MS,
} from "@soleus/app-runtime/published-content-cache";
import { createServerCaller } from "@soleus/app-runtime/trpc";

/*
 * The reading pages' only door to the data: the API's courses router, called on the server as
 * the requesting person. `cache` shares one caller and one result between a page and its
 * generateMetadata within a request. Published content is the same for everyone, so results
 * (not-found included) are also kept in memory for a few seconds across requests: a busy lesson
 * costs its queries once per PUBLISHED_CONTENT_TTL_MS per instance, and a publish shows within
 * that time (docs/decisions/0010). The caller (and its session lookup) is made only on a miss.
 */

const published = createPublishedContentCache({ ttlMs: PUBLISHED_CONTENT_TTL_MS, maxEntries: 500 });

const serverApi = cache(async () => createServerCaller(await headers(), "web"));

/** The router answers NOT_FOUND for content that is not published; the pages show their 404 for it. */
async function orNull<T>(read: Promise<T>): Promise<T | null> {
  try {
    return await read;
  } catch (error) {
    if ((error as { code?: unknown } | null)?.code === "NOT_FOUND") return null;
    throw error;
  }
}

/** Every published course, for the home page and the catalog. */
export const loadCatalog = cache(() =>
  published.get("catalog", async () => (await serverApi()).courses.list()),
);

/** A published course's outline, or null (also for an address that cannot be a course). */
export const loadCourseOutline = cache(async (course: string) => {
  const address = courseAddressSchema.safeParse({ course });
  if (!address.success) return null;
  return published.get(`course:${address.data.course}`, async () =>
    orNull((await serverApi()).courses.get(address.data)),
  );
});
