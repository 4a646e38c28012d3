"use client";

import { useEffect, useState } from "react";
import { courseSlugIn, type CourseLink } from "./course-in-path";

/**
 * On a 404 page rendered without knowing its own address (a missing lesson: prerendered lesson
 * addresses bypass the proxy), offers the course the address names once the browser has asked
 * the site whether that course exists. Renders nothing until then, and nothing if it does not.
 */
export function CourseFromAddress() {
  const [course, setCourse] = useState<CourseLink | null>(null);
  useEffect(() => {
    const slug = courseSlugIn(window.location.pathname);
    if (!slug) return;
    const controller = new AbortController();
    fetch(`/api/course-link/${slug}`, { signal: controller.signal })
      .then(async (response) => (response.ok ? ((await response.json()) as CourseLink) : null))
      .then(setCourse)
      .catch(() => {
        // Offline or aborted: the page still offers the home page.
      });
    return () => {
      controller.abort();
    };
  }, []);
  if (!course) return null;
  return (
    <a className="button" href={course.href}>
      Back to the course: {course.title}
    </a>
  );
}
