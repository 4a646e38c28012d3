import "server-only";
import { cache } from "react";
import { getCourseOutline } from "@soleus/api/content/get-course-outline";
import { getPublishedLesson } from "@soleus/api/content/get-published-lesson";
import { courseAddressSchema, lessonAddressSchema } from "@soleus/api/content/inputs";
import { listPublishedCourses } from "@soleus/api/content/list-published-courses";
import { getServerRuntime } from "@soleus/api/runtime";

/*
 * The reading pages' only door to the database. `cache` shares one result between a page and
 * its generateMetadata within a request, so each page costs its 1-3 queries once.
 */

const db = () => getServerRuntime("web").database.db;

/** Every published course, for the home page and the catalog. */
export const loadCatalog = cache(() => listPublishedCourses(db()));

/** A published course's outline, or null (also for an address that cannot be a course). */
export const loadCourseOutline = cache(async (course: string) => {
  const address = courseAddressSchema.safeParse({ course });
  return address.success ? getCourseOutline(db(), address.data.course) : null;
});

/** A published lesson with its neighbours, or null (also for an address that cannot be a lesson). */
export const loadLesson = cache(async (course: string, lesson: string) => {
  const address = lessonAddressSchema.safeParse({ course, lesson });
  return address.success ? getPublishedLesson(db(), address.data.course, address.data.lesson) : null;
});
