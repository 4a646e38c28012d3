import type { Metadata } from "next";
import { isRefusal, readOrRefuse, resultsApi } from "~/results/results-api";
import { OverviewFigures } from "~/results/overview-figures";
import { RefusedView } from "~/results/refused";

export const metadata: Metadata = { title: "Results" };

/** Every course the reader may review: all for admins, their own for coaches. */
export default async function ResultsIndexPage() {
  const api = await resultsApi();
  const courses = await readOrRefuse(api.courses.listManageable());
  if (isRefusal(courses)) return <RefusedView title="Results" refusal={courses} />;
  const overview = courses.length > 0 ? await readOrRefuse(api.results.overview({})) : null;
  if (isRefusal(overview)) return <RefusedView title="Results" refusal={overview} />;
  return (
    <>
      <h1>Results</h1>
      <p className="lead">
        Choose a course to see how its learners did: scores, what they understood, which questions
        need work, and each learner&apos;s answers.
      </p>
      {overview ? (
        <section aria-labelledby="all-courses-title">
          <h2 id="all-courses-title">All your courses together</h2>
          <OverviewFigures totals={overview.totals} />
        </section>
      ) : null}
      <h2>Courses</h2>
      {courses.length === 0 ? (
        <p className="results-empty">
          You have no courses yet. Results appear here for the courses you own or are assigned to.
        </p>
      ) : (
        <ul className="course-list">
          {courses.map((course) => (
            <li key={course.id} className="course-card">
              <h3>
                <a href={`/results/${course.id}`}>{course.title ?? course.slug}</a>
              </h3>
              <p>{course.published ? "Published" : "Not published yet"}</p>
            </li>
          ))}
        </ul>
      )}
    </>
  );
}
