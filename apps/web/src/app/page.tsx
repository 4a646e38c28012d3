import { CourseList } from "~/components/course-list";
import { loadCatalog } from "./_reading/published-content";

export const dynamic = "force-dynamic";

export default async function HomePage() {
  const courses = await loadCatalog();
  return (
    <>
      <h1>Short courses for healthy aging</h1>
      <p className="lead">
        Soleus teaches one useful idea at a time, in plain words and large print. Read a short
        lesson, try the exercises, check what you understood, and come back to what you missed.
      </p>
      <ul className="feature-list">
        <li>
          Lessons take about five to ten minutes each, and you can read them without an account.
        </li>
        <li>Make the text larger, switch to high contrast, or have a lesson read aloud.</li>
        <li>Exercises come with a simple rep counter and hold timer.</li>
      </ul>
      <section aria-labelledby="courses-title">
        <h2 id="courses-title">Courses</h2>
        <CourseList courses={courses} headingLevel={3} />
      </section>
    </>
  );
}
