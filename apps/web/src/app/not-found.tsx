import type { Metadata } from "next";
import { headers } from "next/headers";
import { NotFoundPage } from "@soleus/ui/not-found-page";
import { coursePath } from "~/components/format";
import { learnerApi } from "~/learning/learner-api";
import { PATH_HEADER } from "~/request-path";

export const metadata: Metadata = { title: "Page not found" };

const COURSE_IN_PATH = /^\/courses\/([a-z0-9]+(?:-[a-z0-9]+)*)(?:\/|$)/;

/** The course named by the missing address itself, or else by the page the reader came from. */
async function courseCameFrom(): Promise<{ href: string; title: string } | null> {
  const request = await headers();
  const own = request.get(PATH_HEADER) ?? "";
  let previous = "";
  try {
    const referrer = new URL(request.get("referer") ?? "");
    if (referrer.host === request.get("host")) previous = referrer.pathname;
  } catch {
    // No referrer, or not an address: nothing to offer from it.
  }
  for (const path of [own, previous]) {
    const slug = COURSE_IN_PATH.exec(path)?.[1];
    if (!slug || slug.length > 80) continue;
    try {
      const course = await (await learnerApi()).courses.get({ course: slug });
      return { href: coursePath(slug), title: course.title };
    } catch {
      // Not a published course: try the next clue. A 404 page never fails itself.
    }
  }
  return null;
}

export default async function NotFound() {
  return <NotFoundPage course={await courseCameFrom()} />;
}
