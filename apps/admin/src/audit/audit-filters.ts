import type { AdminRouterInputs } from "@soleus/api";

type Params = Record<string, string | string[] | undefined>;
export type AuditQuery = NonNullable<AdminRouterInputs["audit"]["list"]>;

/** The filter form's values as typed, and a message per field that could not be used. */
export interface AuditFilters {
  values: { actor: string; action: string; from: string; to: string };
  errors: Partial<Record<"actor" | "action" | "from" | "to", string>>;
  query: AuditQuery;
}

const DAY = /^(\d{4})-(\d{2})-(\d{2})$/;

function one(params: Params, name: string): string {
  const value = params[name];
  return (typeof value === "string" ? value : (value?.[0] ?? "")).trim();
}

/** A YYYY-MM-DD that is a real day, as the instant its UTC day starts; undefined otherwise. */
function dayStart(text: string): Date | undefined {
  const match = DAY.exec(text);
  if (!match) return undefined;
  const date = new Date(`${text}T00:00:00.000Z`);
  return Number.isNaN(date.getTime()) || date.toISOString().slice(0, 10) !== text
    ? undefined
    : date;
}

/**
 * Reads the audit log's filters from the address (the form is a plain GET form, so filters can
 * be bookmarked and work without JavaScript). Days are UTC days, as the page says.
 */
export function readAuditFilters(params: Params): AuditFilters {
  const values = {
    actor: one(params, "actor"),
    action: one(params, "action"),
    from: one(params, "from"),
    to: one(params, "to"),
  };
  const errors: AuditFilters["errors"] = {};
  const query: AuditQuery = {
    page: Math.max(1, Math.min(10_000, Number(one(params, "page")) || 1)),
  };
  if (values.actor.length > 100)
    errors.actor = "Use at most 100 characters for the person's name or email.";
  else if (values.actor) query.actor = values.actor;
  if (values.action) {
    if (/^[a-z_]{1,40}\.[a-z_]{1,40}$/.test(values.action)) query.action = values.action;
    else errors.action = "Choose an action from the list.";
  }
  const from = values.from ? dayStart(values.from) : undefined;
  const to = values.to ? dayStart(values.to) : undefined;
  if (values.from && !from) errors.from = "Enter the first day as a date, for example 2026-11-30.";
  if (values.to && !to) errors.to = "Enter the last day as a date, for example 2026-12-01.";
  if (from && to && from > to) errors.to = "The last day must be on or after the first day.";
  if (from && !errors.to) query.from = from.toISOString();
  if (to && !errors.to) query.to = new Date(to.getTime() + 86_400_000 - 1).toISOString();
  return { values, errors, query };
}

/** The address of another page of the same filtered list. */
export function auditPageHref(values: AuditFilters["values"], page: number): string {
  const search = new URLSearchParams();
  for (const [name, value] of Object.entries(values)) if (value) search.set(name, value);
  if (page > 1) search.set("page", String(page));
  const text = search.toString();
  return text ? `/audit?${text}` : "/audit";
}
