import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { Breadcrumbs } from "~/results/breadcrumbs";
import { courseTitle } from "~/results/course-title";
import { FilterBar } from "~/results/filter-bar";
import { readFilters, toApiFilter, withFilters, type SearchParams } from "~/results/filter-params";
import { isId } from "~/results/ids";
import { LearnerAttempt } from "~/results/learner-attempt";
import { RefusedView } from "~/results/refused";
import { isRefusal, readOrRefuse, resultsApi } from "~/results/results-api";
import { NoAttemptsYet } from "~/results/states";

export const metadata: Metadata = { title: "A learner's answers" };

/** One learner's attempts in a course, newest first, each response as they saw it. */
export default async function LearnerResultsPage({
  params,
  searchParams,
}: {
  params: Promise<{ courseId: string; userId: string }>;
  searchParams: Promise<SearchParams>;
}) {
  const { courseId, userId } = await params;
  if (!isId(courseId) || !isId(userId)) notFound();
  const { filters, problems } = readFilters(await searchParams);
  const api = await resultsApi();
  const detail = await readOrRefuse(
    api.results.learnerAttempts({ ...toApiFilter(filters, { courseId }), userId }),
  );
  if (isRefusal(detail)) return <RefusedView title="A learner's answers" refusal={detail} />;
  const title = (await courseTitle(courseId)) ?? "Course";
  const coursePath = `/results/${courseId}`;
  const name = detail.learner.name ?? detail.learner.email;

  return (
    <>
      <Breadcrumbs
        trail={[
          { label: "Results", href: "/results" },
          { label: title, href: withFilters(coursePath, filters) },
          { label: "Learners", href: withFilters(`${coursePath}/learners`, filters) },
          { label: name },
        ]}
      />
      <h1>{name}</h1>
      <p>
        {detail.learner.email}. {detail.attempts.length} attempt(s) in {title}, newest first.
      </p>
      <FilterBar
        action={`${coursePath}/learners/${userId}`}
        filters={filters}
        problems={problems}
      />
      <h2>Attempts</h2>
      {detail.attempts.length === 0 ? (
        <NoAttemptsYet filtered />
      ) : (
        detail.attempts.map((attempt) => (
          <LearnerAttempt key={attempt.attemptId} attempt={attempt} />
        ))
      )}
    </>
  );
}
