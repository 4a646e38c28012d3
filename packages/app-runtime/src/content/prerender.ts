import { getPublishedLesson } from "@soleus/api/published-lesson";
import type { PublishedLesson } from "@soleus/api/content/types";
import { getServerRuntime } from "../runtime/server-runtime";

/*
 * Published content for prerendered pages (Pages Router `getStaticProps`). Those cannot import
 * modules marked `server-only`, so this door skips the marker; it reads only what is public,
 * as nobody in particular. Next.js strips `getStaticProps` and its imports from the browser
 * bundle, and a browser import would fail the build anyway (it needs the database drivers).
 */

/** A published lesson with its neighbours, or null when it is not published. Throws on a malformed address. */
export function readPublishedLesson(
  course: string,
  lesson: string,
): Promise<PublishedLesson | null> {
  return getPublishedLesson(getServerRuntime("web").database.db, course, lesson);
}
