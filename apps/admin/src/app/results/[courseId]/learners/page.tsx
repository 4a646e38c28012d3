import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { Breadcrumbs } from "~/results/breadcrumbs";
import { courseTitle } from "~/results/course-title";
import { FilterBar } from "~/results/filter-bar";
import {
  filterSearchParams,
  readFilters,
  toApiFilter,
  withFilters,
  type SearchParams,
} from "~/results/filter-params";
import { isId } from "~/results/ids";
import { LearnersTable } from "~/results/learners-table";
import { Pager } from "~/results/pager";
import { RefusedView } from "~/results/refused";
import { isRefusal, readOrRefuse, resultsApi } from "~/results/results-api";
import { NoAttemptsYet } from "~/results/states";

export const metadata: Metadata = { title: "Learners" };

const PAGE_SIZE = 25;

function pageNumber(value: string | string[] | undefined): number {
  const page = Number(Array.isArray(value) ? value[0] : value);
  return Number.isInteger(page) && page >= 1 && page <= 100_000 ? page : 1;
}

/** A course's learners: searchable by name or email, paged, most recently active first. */
export default async function LearnersPage({
  params,
  searchParams,
}: {
  params: Promise<{ courseId: string }>;
  searchParams: Promise<SearchParams>;
}) {
  const { courseId } = await params;
  if (!isId(courseId)) notFound();
  const query = await searchParams;
  const { filters, problems } = readFilters(query);
  const rawSearch = Array.isArray(query.q) ? query.q[0] : query.q;
  const search = rawSearch?.trim().slice(0, 200) ?? "";
  const page = pageNumber(query.page);
  const api = await resultsApi();
  const list = await readOrRefuse(
    api.results.learners({
      ...toApiFilter(filters, { courseId }),
      ...(search ? { search } : {}),
      page,
      pageSize: PAGE_SIZE,
    }),
  );
  if (isRefusal(list)) return <RefusedView title="Learners" refusal={list} />;
  const title = (await courseTitle(courseId)) ?? "Course";
  const coursePath = `/results/${courseId}`;
  const path = `${coursePath}/learners`;
  const pageCount = Math.max(1, Math.ceil(list.total / list.pageSize));
  const from = list.total === 0 ? 0 : (list.page - 1) * list.pageSize + 1;
  const to = Math.min(list.total, list.page * list.pageSize);

  return (
    <>
      <Breadcrumbs
        trail={[
          { label: "Results", href: "/results" },
          { label: title, href: withFilters(coursePath, filters) },
          { label: "Learners" },
        ]}
      />
      <h1>Learners: {title}</h1>
      <FilterBar action={path} filters={filters} problems={problems} />
      <form method="get" action={path} className="results-search" role="search">
        {[...filterSearchParams(filters).entries()].map(([key, value]) => (
          <input key={key} type="hidden" name={key} value={value} />
        ))}
        <div>
          <label htmlFor="learner-search">Search by name or email</label>
          <input id="learner-search" name="q" type="search" defaultValue={search} />
        </div>
        <button type="submit" className="button">
          Search
        </button>
      </form>
      <p aria-live="polite">
        {list.total === 0
          ? search
            ? `No learner matches "${search}".`
            : ""
          : `Learners ${String(from)} to ${String(to)} of ${String(list.total)}${search ? ` matching "${search}"` : ""}.`}
      </p>
      {list.total === 0 && !search ? (
        <NoAttemptsYet filtered={filters.from !== undefined || filters.to !== undefined} />
      ) : list.rows.length > 0 ? (
        <LearnersTable
          rows={list.rows}
          caption="Learners, most recently active first"
          hrefFor={(userId) => withFilters(`${path}/${userId}`, filters)}
        />
      ) : null}
      <Pager
        page={list.page}
        pageCount={pageCount}
        label="Learner pages"
        hrefFor={(target) => withFilters(path, filters, { q: search, page: target })}
      />
    </>
  );
}
