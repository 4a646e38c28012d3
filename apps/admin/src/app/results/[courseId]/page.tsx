import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { Breadcrumbs } from "~/results/breadcrumbs";
import { MasteryChart } from "~/results/charts/mastery-chart";
import { WeeklyTrend } from "~/results/charts/weekly-trend";
import { courseTitle } from "~/results/course-title";
import { ExportLinks } from "~/results/export-links";
import { FilterBar } from "~/results/filter-bar";
import { readFilters, toApiFilter, withFilters, type SearchParams } from "~/results/filter-params";
import { isId } from "~/results/ids";
import { toMasteryRows } from "~/results/mastery-data";
import { MisconceptionsList } from "~/results/misconceptions-list";
import { OverviewFigures } from "~/results/overview-figures";
import { QuizzesTable } from "~/results/quizzes-table";
import { RefusedView } from "~/results/refused";
import { isRefusal, readOrRefuse, resultsApi } from "~/results/results-api";
import { NoAttemptsYet } from "~/results/states";

export const metadata: Metadata = { title: "Course results" };

/** One course's overview: headline figures, weekly trend, every quiz, learners and export. */
export default async function CourseResultsPage({
  params,
  searchParams,
}: {
  params: Promise<{ courseId: string }>;
  searchParams: Promise<SearchParams>;
}) {
  const { courseId } = await params;
  if (!isId(courseId)) notFound();
  const { filters, problems } = readFilters(await searchParams);
  const api = await resultsApi();
  const filter = toApiFilter(filters, { courseId });
  const [overview, mastery, misconceptions] = await Promise.all([
    readOrRefuse(api.results.overview(filter)),
    readOrRefuse(api.results.objectiveMastery(filter)),
    readOrRefuse(api.results.misconceptions(filter)),
  ]);
  if (isRefusal(overview)) return <RefusedView title="Course results" refusal={overview} />;
  if (isRefusal(mastery)) return <RefusedView title="Course results" refusal={mastery} />;
  if (isRefusal(misconceptions))
    return <RefusedView title="Course results" refusal={misconceptions} />;
  const title = (await courseTitle(courseId)) ?? "Course";
  const path = `/results/${courseId}`;
  const filtered = filters.from !== undefined || filters.to !== undefined;

  return (
    <>
      <Breadcrumbs trail={[{ label: "Results", href: "/results" }, { label: title }]} />
      <h1>Results: {title}</h1>
      <FilterBar action={path} filters={filters} problems={problems} />
      <OverviewFigures totals={overview.totals} />
      <p className="results-actions">
        <a className="button" href={withFilters(`${path}/learners`, filters)}>
          Learners and their answers
        </a>
      </p>
      {overview.totals.attempts === 0 ? (
        <NoAttemptsYet filtered={filtered} />
      ) : (
        <>
          <WeeklyTrend
            weeks={overview.weekly.map((w) => ({
              week: w.weekStart,
              attempts: w.attempts,
              meanPercent: w.meanPercent,
            }))}
          />
          <h2>What learners understood</h2>
          <p>
            Mastery levels as the learner site shows them: familiar from{" "}
            {mastery.thresholds.familiar} %, proficient from {mastery.thresholds.proficient} %,
            mastered from {mastery.thresholds.mastered} % of an objective&apos;s points.
          </p>
          <MasteryChart objectives={toMasteryRows(mastery)} />
          <h2>Misconceptions</h2>
          <MisconceptionsList
            data={misconceptions}
            caption="Misconceptions across this course's quizzes, most learners first"
          />
        </>
      )}
      <h2>Quizzes</h2>
      <QuizzesTable
        rows={overview.quizzes.map((quiz) => ({
          ...quiz,
          href: withFilters(`${path}/quizzes/${quiz.quizId}`, filters),
        }))}
      />
      <ExportLinks scope={{ courseId }} filters={filters} />
    </>
  );
}
