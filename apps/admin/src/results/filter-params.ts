/*
 * The results filters live in the URL (?from=&to=&revision=&attempts=), so every view, every link
 * between views and the export buttons share them, and a filtered page can be bookmarked.
 */

/** Which of a learner's attempts at a quiz count. */
export const ATTEMPT_CHOICES = ["all", "first", "last", "highest"] as const;
export type AttemptChoice = (typeof ATTEMPT_CHOICES)[number];

export const ATTEMPT_CHOICE_LABELS: Record<AttemptChoice, string> = {
  all: "Every attempt",
  first: "Each learner's first attempt",
  last: "Each learner's last attempt",
  highest: "Each learner's highest score",
};

export interface ResultsFilters {
  /** First day counted, YYYY-MM-DD (inclusive). */
  from?: string;
  /** Last day counted, YYYY-MM-DD (inclusive). */
  to?: string;
  /** A quiz revision's id; only meaningful on a quiz's views. */
  revision?: string;
  attempts: AttemptChoice;
}

export type SearchParams = Record<string, string | string[] | undefined>;

const DAY = /^(\d{4})-(\d{2})-(\d{2})$/;
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

function single(value: string | string[] | undefined): string | undefined {
  const text = Array.isArray(value) ? value[0] : value;
  return text === undefined || text.trim() === "" ? undefined : text.trim();
}

function isRealDay(text: string): boolean {
  const match = DAY.exec(text);
  if (!match) return false;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const date = new Date(Date.UTC(year, month - 1, day));
  return (
    date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day
  );
}

/**
 * Reads the filters from a page's search params. A value that cannot be read is left out (the
 * view shows everything for that filter) and named in `problems`, which the page shows.
 */
export function readFilters(params: SearchParams): {
  filters: ResultsFilters;
  problems: string[];
} {
  const problems: string[] = [];
  const filters: ResultsFilters = { attempts: "all" };

  const from = single(params.from);
  if (from !== undefined) {
    if (isRealDay(from)) filters.from = from;
    else problems.push(`The start date "${from}" is not a date (use YYYY-MM-DD); it was ignored.`);
  }
  const to = single(params.to);
  if (to !== undefined) {
    if (isRealDay(to)) filters.to = to;
    else problems.push(`The end date "${to}" is not a date (use YYYY-MM-DD); it was ignored.`);
  }
  if (filters.from && filters.to && filters.from > filters.to) {
    problems.push("The start date is after the end date; both dates were ignored.");
    delete filters.from;
    delete filters.to;
  }
  const revision = single(params.revision);
  if (revision !== undefined) {
    if (UUID.test(revision)) filters.revision = revision.toLowerCase();
    else problems.push(`"${revision}" is not a quiz revision; every revision is shown.`);
  }
  const attempts = single(params.attempts);
  if (attempts !== undefined) {
    if ((ATTEMPT_CHOICES as readonly string[]).includes(attempts))
      filters.attempts = attempts as AttemptChoice;
    else problems.push(`"${attempts}" is not a choice of attempts; every attempt counts.`);
  }
  return { filters, problems };
}

/** The filters as URL search params (defaults left out), plus any extra params (page, search). */
export function filterSearchParams(
  filters: ResultsFilters,
  extra: Record<string, string | number | undefined> = {},
): URLSearchParams {
  const params = new URLSearchParams();
  if (filters.from) params.set("from", filters.from);
  if (filters.to) params.set("to", filters.to);
  if (filters.revision) params.set("revision", filters.revision);
  if (filters.attempts !== "all") params.set("attempts", filters.attempts);
  for (const [key, value] of Object.entries(extra))
    if (value !== undefined && value !== "") params.set(key, String(value));
  return params;
}

/** `path` with the filters (and extras) as its query string. */
export function withFilters(
  path: string,
  filters: ResultsFilters,
  extra: Record<string, string | number | undefined> = {},
): string {
  const query = filterSearchParams(filters, extra).toString();
  return query ? `${path}?${query}` : path;
}

/** The filters in the API's shape (the shared ResultsFilter), limited to a course or quiz. */
export function toApiFilter(
  filters: ResultsFilters,
  scope: { courseId?: string; quizId?: string } = {},
) {
  return {
    ...scope,
    ...(filters.from ? { from: filters.from } : {}),
    ...(filters.to ? { to: filters.to } : {}),
    ...(filters.revision && scope.quizId ? { quizRevisionId: filters.revision } : {}),
    attempts: filters.attempts,
  };
}

/** One sentence naming the filters, for the page and for screen readers. */
export function describeFilters(filters: ResultsFilters, revisionLabel?: string): string {
  const dates =
    filters.from && filters.to
      ? `from ${filters.from} to ${filters.to}`
      : filters.from
        ? `from ${filters.from} on`
        : filters.to
          ? `up to ${filters.to}`
          : "at any date";
  const revision = filters.revision
    ? (revisionLabel ?? "one quiz revision")
    : "every quiz revision";
  return `${ATTEMPT_CHOICE_LABELS[filters.attempts]}, ${dates}, ${revision}.`;
}
