import Link from "next/link";
import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { Breadcrumbs } from "~/results/breadcrumbs";
import { ScoreHistogram } from "~/results/charts/score-histogram";
import { WeeklyTrend } from "~/results/charts/weekly-trend";
import { courseTitle } from "~/results/course-title";
import { ExportLinks } from "~/results/export-links";
import { FilterBar } from "~/results/filter-bar";
import { readFilters, toApiFilter, withFilters, type SearchParams } from "~/results/filter-params";
import { isId } from "~/results/ids";
import { ItemAnalysisTable } from "~/results/item-analysis-table";
import { OverviewFigures } from "~/results/overview-figures";
import { QuizStatistics } from "~/results/quiz-statistics";
import { RefusedView } from "~/results/refused";
import { isRefusal, readOrRefuse, resultsApi } from "~/results/results-api";
import { NoAttemptsYet } from "~/results/states";

export const metadata: Metadata = { title: "Quiz results" };

/** One quiz: its overview, score distribution, quiz statistics and the item analysis table. */
export default async function QuizResultsPage({
  params,
  searchParams,
}: {
  params: Promise<{ courseId: string; quizId: string }>;
  searchParams: Promise<SearchParams>;
}) {
  const { courseId, quizId } = await params;
  if (!isId(courseId) || !isId(quizId)) notFound();
  const { filters, problems } = readFilters(await searchParams);
  const api = await resultsApi();
  const filter = toApiFilter(filters, { courseId, quizId });
  const [overview, items, distribution, options] = await Promise.all([
    readOrRefuse(api.results.overview(filter)),
    readOrRefuse(api.results.itemAnalysis(filter)),
    readOrRefuse(api.results.scoreDistribution(filter)),
    readOrRefuse(api.results.filterOptions({ courseId })),
  ]);
  const refused = [overview, items, distribution, options].find(isRefusal);
  if (refused) return <RefusedView title="Quiz results" refusal={refused} />;
  // (Narrows the types: none of them is a refusal here.)
  if (isRefusal(overview) || isRefusal(items) || isRefusal(distribution) || isRefusal(options))
    return null;
  const course = (await courseTitle(courseId)) ?? "Course";
  const coursePath = `/results/${courseId}`;
  const path = `${coursePath}/quizzes/${quizId}`;
  const filtered =
    filters.from !== undefined || filters.to !== undefined || filters.revision !== undefined;
  const revisions = options.revisions.filter((r) => r.quizId === quizId);

  return (
    <>
      <Breadcrumbs
        trail={[
          { label: "Results", href: "/results" },
          { label: course, href: withFilters(coursePath, filters) },
          { label: items.quiz.title },
        ]}
      />
      <h1>Quiz results: {items.quiz.title}</h1>
      <p>
        Corrected the key or points after learners took it?{" "}
        <Link href={`/courses/${courseId}/quizzes/${quizId}/regrade`}>Regrade this quiz</Link> (a
        dry run first).
      </p>
      <FilterBar action={path} filters={filters} problems={problems} revisions={revisions} />
      <OverviewFigures totals={overview.totals} />
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
          <ScoreHistogram bins={distribution.bins} passMark={distribution.passPercent} />
          <h2>Quiz statistics</h2>
          <QuizStatistics analysis={items} />
          <h2>Item analysis</h2>
          <p>
            {items.revision
              ? `Revision ${String(items.revision.revision)} (${items.revision.title}). `
              : ""}
            Facility is the share of the marks earned (with its 95 % Wilson interval);
            discrimination and discriminative efficiency say how well a question separates learners
            who did well on the rest of the quiz from those who did not. Choose a question to see
            who chose each option.
          </p>
          <ItemAnalysisTable
            rows={items.questions.map((q) => ({
              questionId: q.questionId,
              label: `Q${String(q.position)}. ${q.prompt}`,
              type: q.type.replaceAll("_", " "),
              href: withFilters(`${path}/questions/${encodeURIComponent(q.questionId)}`, filters),
              attempts: q.attempts,
              tooFew: q.tooFewAttempts,
              facility: q.facility,
              facilityInterval: q.facilityInterval,
              sd: q.sd,
              discriminationIndex: q.discriminationIndex,
              discriminativeEfficiency: q.discriminativeEfficiency,
              intendedWeight: q.intendedWeight,
              effectiveWeight: q.effectiveWeight,
              flags: q.flags,
            }))}
          />
        </>
      )}
      <ExportLinks scope={{ courseId, quizId }} filters={filters} />
    </>
  );
}
