/** A course to offer on the 404 page: where it is and what it is called. */
export interface CourseLink {
  href: string;
  title: string;
}

const COURSE_IN_PATH = /^\/courses\/([a-z0-9]+(?:-[a-z0-9]+)*)(?:\/|$)/;

/** The course slug named by an address such as /courses/<course>/<lesson>, or null. */
export function courseSlugIn(path: string): string | null {
  const slug = COURSE_IN_PATH.exec(path)?.[1];
  return slug && slug.length <= 80 ? slug : null;
}
