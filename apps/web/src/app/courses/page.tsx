import type { Metadata } from "next";
import { CourseList } from "~/components/course-list";
import { loadCatalog } from "../_reading/published-content";

export const dynamic = "force-dynamic";
export const metadata: Metadata = { title: "Courses" };

export default async function CatalogPage() {
  const courses = await loadCatalog();
  return (
    <>
      <h1>Courses</h1>
      <p className="lead">
        Every course is free to read. Pick one and start with its first lesson.
      </p>
      <CourseList courses={courses} headingLevel={2} />
    </>
  );
}
