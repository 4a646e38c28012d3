import "server-only";
import { cache } from "react";
import { resultsApi } from "./results-api";

/** A course's title for headings, from the courses the reader may manage (null: not theirs). */
export const courseTitle = cache(async (courseId: string): Promise<string | null> => {
  const api = await resultsApi();
  const courses = await api.courses.listManageable();
  const course = courses.find((c) => c.id === courseId);
  return course ? (course.title ?? course.slug) : null;
});
