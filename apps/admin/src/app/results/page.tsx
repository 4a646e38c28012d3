import type { Metadata } from "next";
import { isRefusal, readOrRefuse, resultsApi } from "~/results/results-api";
import { RefusedView } from "~/results/refused";

export const metadata: Metadata = { title: "Results" };

/** Every course the reader may review: all for admins, their own for coaches. */
export default async function ResultsIndexPage() {
  const api = await resultsApi();
  const courses = await readOrRefuse(api.courses.listManageable());
  if (isRefusal(courses)) return <RefusedView title="Results" refusal={courses} />;
  return (
    <>
      <h1>Results</h1>
      <p className="lead">
        Choose a course to see how its learners did: scores, what they understood, which questions
        need work, and each learner&apos;s answers.
      </p>
      {courses.length === 0 ? (
        <p className="results-empty">
          You have no courses yet. Results appear here for the courses you own or are assigned to.
        </p>
      ) : (
        <ul className="course-list">
          {courses.map((course) => (
            <li key={course.id} className="course-card">
              <h2>
                <a href={`/results/${course.id}`}>{course.title ?? course.slug}</a>
              </h2>
              <p>{course.published ? "Published" : "Not published yet"}</p>
            </li>
          ))}
        </ul>
      )}
    </>
  );
}
