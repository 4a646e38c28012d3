import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { Breadcrumbs } from "~/results/breadcrumbs";
import { ThirdsChart } from "~/results/charts/thirds-chart";
import { courseTitle } from "~/results/course-title";
import { FilterBar } from "~/results/filter-bar";
import { readFilters, toApiFilter, withFilters, type SearchParams } from "~/results/filter-params";
import { formatPercent, TOO_FEW } from "~/results/format";
import { isId } from "~/results/ids";
import { MisconceptionsList } from "~/results/misconceptions-list";
import { WrongAnswersTable } from "~/results/wrong-answers-table";
import { RefusedView } from "~/results/refused";
import { isRefusal, readOrRefuse, resultsApi } from "~/results/results-api";
import { StatList } from "~/results/stat-list";
import { NoAttemptsYet } from "~/results/states";

export const metadata: Metadata = { title: "Question results" };

/** One question: who chose each option by thirds (chart and table), its flags and advice. */
export default async function QuestionResultsPage({
  params,
  searchParams,
}: {
  params: Promise<{ courseId: string; quizId: string; questionId: string }>;
  searchParams: Promise<SearchParams>;
}) {
  const { courseId, quizId, questionId: rawQuestionId } = await params;
  if (!isId(courseId) || !isId(quizId)) notFound();
  const questionId = decodeURIComponent(rawQuestionId);
  const { filters, problems } = readFilters(await searchParams);
  const api = await resultsApi();
  const filter = toApiFilter(filters, { courseId, quizId });
  const [items, wrong, misconceptions, options] = await Promise.all([
    readOrRefuse(api.results.itemAnalysis(filter)),
    readOrRefuse(api.results.wrongAnswers({ ...filter, questionId, limit: 10 })),
    readOrRefuse(api.results.misconceptions({ ...filter, limit: 100 })),
    readOrRefuse(api.results.filterOptions({ courseId })),
  ]);
  const refused = [items, wrong, misconceptions, options].find(isRefusal);
  if (refused) return <RefusedView title="Question results" refusal={refused} />;
  // (Narrows the types: none of them is a refusal here.)
  if (isRefusal(items) || isRefusal(wrong) || isRefusal(misconceptions) || isRefusal(options))
    return null;
  const wrongHere = wrong.questions.find((q) => q.questionId === questionId);
  const misconceptionsHere = misconceptions.items.filter((item) =>
    item.questions.some((q) => q.quizId === quizId && q.questionId === questionId),
  );
  const course = (await courseTitle(courseId)) ?? "Course";
  const coursePath = `/results/${courseId}`;
  const quizPath = `${coursePath}/quizzes/${quizId}`;
  const question = items.questions.find((q) => q.questionId === questionId);
  // No attempts under these filters: the quiz has no revision to show the question from.
  if (!question && items.revision !== null) notFound();
  const heading = question ? `Q${String(question.position)}. ${question.prompt}` : "Question";
  const revisions = options.revisions.filter((r) => r.quizId === quizId);

  return (
    <>
      <Breadcrumbs
        trail={[
          { label: "Results", href: "/results" },
          { label: course, href: withFilters(coursePath, filters) },
          { label: items.quiz.title, href: withFilters(quizPath, filters) },
          { label: question ? `Question ${String(question.position)}` : "Question" },
        ]}
      />
      <h1>{heading}</h1>
      <FilterBar
        action={`${quizPath}/questions/${encodeURIComponent(questionId)}`}
        filters={filters}
        problems={problems}
        revisions={revisions}
      />
      {!question || question.attempts === 0 ? (
        <NoAttemptsYet filtered={filters.from !== undefined || filters.to !== undefined} />
      ) : (
        <>
          <StatList
            label="This question's figures"
            items={[
              { name: "Attempts", value: String(question.attempts) },
              {
                name: "Facility",
                value: question.tooFewAttempts
                  ? TOO_FEW
                  : `${formatPercent(question.facility)} (${formatPercent(question.facilityInterval.low)}–${formatPercent(question.facilityInterval.high)})`,
              },
              {
                name: "Discrimination",
                value: question.tooFewAttempts
                  ? TOO_FEW
                  : question.discriminationIndex === null
                    ? "Not defined"
                    : question.discriminationIndex.toFixed(0),
              },
            ]}
          />
          <h2>Flags and advice</h2>
          {question.flags.length === 0 ? (
            <p>No concerns with this question.</p>
          ) : (
            <ul className="results-flags">
              {question.flags.map((flag) => (
                <li key={flag.code} className={`results-flag--${flag.severity}`}>
                  {flag.severity === "problem" ? "Problem: " : "Note: "}
                  {flag.message}
                </li>
              ))}
            </ul>
          )}
          <h2>Options and distractors</h2>
          {question.frequencies.length === 0 ? (
            <p>
              This is a {question.type.replaceAll("_", " ")} question: it has no options to count.
            </p>
          ) : (
            <ThirdsChart
              options={question.frequencies.map((f) => ({
                optionId: f.optionId,
                label: f.text,
                correct: f.correct,
                misconception: f.misconception,
                top: f.top,
                middle: f.middle,
                bottom: f.bottom,
                count: f.count,
                percent: f.percent,
              }))}
            />
          )}
          <h2>Misconceptions behind the wrong answers</h2>
          <MisconceptionsList
            data={{ learners: misconceptions.learners, items: misconceptionsHere }}
            caption="Misconceptions chosen on this question, most learners first (counted across the quiz)"
          />
          {wrongHere ? (
            <>
              <h2>Most common wrong responses</h2>
              <WrongAnswersTable question={wrongHere} />
            </>
          ) : null}
        </>
      )}
      <p>
        <a href={withFilters(quizPath, filters)}>Back to the quiz&apos;s item analysis</a>
      </p>
    </>
  );
}
