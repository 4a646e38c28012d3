import type { Metadata } from "next";
import { headers } from "next/headers";
import { NotFoundPage } from "@soleus/ui/not-found-page";
import { CourseFromAddress } from "~/components/course-link";
import { courseSlugIn, type CourseLink } from "~/components/course-in-path";
import { coursePath } from "~/components/format";
import { learnerApi } from "~/learning/learner-api";
import { PATH_HEADER } from "~/request-path";

export const metadata: Metadata = { title: "Page not found" };

/** The course named by the missing address itself, or else by the page the reader came from. */
async function courseCameFrom(): Promise<CourseLink | null> {
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
    const slug = courseSlugIn(path);
    if (!slug) continue;
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
  // A missing lesson address comes here without the proxy's path header (prerendered lesson
  // addresses bypass it): then the browser asks which course the address names.
  return <NotFoundPage course={await courseCameFrom()} courseFromAddress={<CourseFromAddress />} />;
}
