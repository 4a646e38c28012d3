import { fail, parseOrThrow, type IssuePath } from "../errors";
import type { PublicEntry } from "../schemas/public";
import { responseSchemas } from "../schemas/response";
import type { QuestionType } from "../schemas/question";
import type { ResponseFor } from "../schemas/response";
import type { Layout, RenameId } from "./question-type";

/** Validate a response's shape with its type's zod schema. */
export function parseResponseShape<T extends QuestionType>(
  type: T,
  response: unknown,
  path: IssuePath,
): ResponseFor<T> {
  return parseOrThrow(responseSchemas[type], response, "invalid_response", path) as ResponseFor<T>;
}

/** Fail unless `id` is one of `known`. */
export function requireKnown(
  id: string,
  known: ReadonlySet<string> | readonly string[],
  what: string,
  path: IssuePath,
): void {
  const has = Array.isArray(known) ? known.includes(id) : (known as ReadonlySet<string>).has(id);
  if (!has) fail("invalid_response", path, `unknown ${what} "${id}"`);
}

/** Fail on the first value that repeats. */
export function requireDistinct(ids: readonly string[], what: string, path: IssuePath): void {
  const seen = new Set<string>();
  ids.forEach((id, index) => {
    if (seen.has(id)) fail("invalid_response", [...path, index], `duplicate ${what} "${id}"`);
    seen.add(id);
  });
}

/**
 * Entries (learner-facing id + text only) in the layout's order. A layout that does not list exactly these
 * entries is refused rather than replaced by author order, which could reveal the key.
 */
export function entriesInLayout(
  entries: readonly { id: string; text: string }[],
  layout: Layout,
  list: string,
  idOf: RenameId,
): PublicEntry[] {
  const order = layout[list];
  const byId = new Map(entries.map((e) => [e.id, e]));
  if (
    order?.length !== entries.length ||
    new Set(order).size !== order.length ||
    !order.every((id) => byId.has(id))
  ) {
    fail(
      "invalid_attempt",
      ["layout", list],
      `the attempt's layout does not list this question's ${list}`,
    );
  }
  return order.map((id) => {
    const entry = byId.get(id) as { id: string; text: string };
    return { id: idOf(list, entry.id), text: entry.text };
  });
}

/** Add a string to a list when it is defined. */
export function pushDefined(list: string[], value: string | undefined): void {
  if (value !== undefined) list.push(value);
}
