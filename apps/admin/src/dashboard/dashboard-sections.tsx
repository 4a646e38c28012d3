import type { AdminRouterOutputs } from "@soleus/api";
import { formatDay } from "./format-day";

type Overview = AdminRouterOutputs["dashboard"]["overview"];

// The editor's addresses name courses and lessons by id (apps/admin/src/app/courses).
const courseHref = (courseId: string) => `/courses/${encodeURIComponent(courseId)}`;
const lessonHref = (courseId: string, lessonId: string) =>
  `${courseHref(courseId)}/lessons/${encodeURIComponent(lessonId)}`;

/** The caller's courses, or what to do when there are none. */
export function MyCourses({
  courses,
  isAdmin,
}: {
  courses: Overview["courses"];
  isAdmin: boolean;
}) {
  return (
    <section aria-labelledby="my-courses">
      <h2 id="my-courses">{isAdmin ? "All courses" : "Your courses"}</h2>
      {courses.length === 0 ? (
        <p className="empty-note">
          {isAdmin
            ? "There are no courses yet. Create the first one under Courses."
            : "You have no courses yet. Create one under Courses, or ask an admin to assign you to one."}
        </p>
      ) : (
        <ul className="dashboard-list">
          {courses.map((course) => (
            <li key={course.id} className="dashboard-card">
              <h3>
                <a href={courseHref(course.id)}>{course.title ?? course.slug}</a>
              </h3>
              <p>
                <span className="tag">{course.published ? "Published" : "Not published"}</span>{" "}
                {course.lessonCount === 1 ? "1 lesson" : `${String(course.lessonCount)} lessons`}
                {isAdmin ? null : course.ownedByMe ? " · you own it" : " · you are assigned"}
              </p>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}

/** Lessons saved but not yet published. */
export function DraftsInProgress({ drafts }: { drafts: Overview["drafts"] }) {
  return (
    <section aria-labelledby="drafts">
      <h2 id="drafts">Drafts in progress</h2>
      {drafts.length === 0 ? (
        <p className="empty-note">
          No drafts in progress. Lessons you change and have not published yet appear here.
        </p>
      ) : (
        <ul className="dashboard-list">
          {drafts.map((draft) => (
            <li key={draft.lessonId} className="dashboard-card">
              <h3>
                <a href={lessonHref(draft.courseId, draft.lessonId)}>{draft.title}</a>
              </h3>
              <p>
                {draft.everPublished ? "Changes not published yet" : "Never published"} · saved{" "}
                {formatDay(draft.savedAt)}
                {draft.savedBy ? ` by ${draft.savedBy}` : ""} · in {draft.courseSlug}
              </p>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}

/** The newest published lessons. */
export function RecentlyPublished({ items }: { items: Overview["recentlyPublished"] }) {
  return (
    <section aria-labelledby="published">
      <h2 id="published">Recently published</h2>
      {items.length === 0 ? (
        <p className="empty-note">Nothing published yet. Published lessons appear here.</p>
      ) : (
        <ul className="dashboard-list">
          {items.map((item) => (
            <li key={item.lessonId} className="dashboard-card">
              <h3>
                <a href={lessonHref(item.courseId, item.lessonId)}>{item.title}</a>
              </h3>
              <p>
                Version {item.revision} · published {formatDay(item.publishedAt)} · in{" "}
                {item.courseSlug}
                {item.coursePublished ? "" : " (the course itself is not published)"}
              </p>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
