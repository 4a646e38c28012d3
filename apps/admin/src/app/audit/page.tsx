import type { Metadata } from "next";
import { headers } from "next/headers";
import { createServerCaller } from "@soleus/app-runtime/trpc";
import { ErrorSummary, type FieldProblem } from "@soleus/ui/error-summary";
import { actionLabel } from "~/audit/action-labels";
import { auditPageHref, readAuditFilters } from "~/audit/audit-filters";
import { AuditTable } from "~/audit/audit-table";

export const metadata: Metadata = { title: "Audit log" };

const FIELD_IDS = {
  actor: "audit-actor",
  action: "audit-action",
  from: "audit-from",
  to: "audit-to",
};

/** Admins only: who did what and when, filtered by person, action and days; 25 entries a page. */
export default async function AuditLogPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const api = await createServerCaller(await headers(), "admin");
  const me = await api.users.me();
  if (me.role !== "admin") {
    return (
      <>
        <h1>Audit log</h1>
        <p role="alert">Only admins can read the audit log.</p>
      </>
    );
  }
  const filters = readAuditFilters(await searchParams);
  const problems: FieldProblem[] = Object.entries(filters.errors).map(([field, message]) => ({
    fieldId: FIELD_IDS[field as keyof typeof FIELD_IDS],
    message,
  }));
  const result = await api.audit.list(filters.query);
  const pages = Math.max(1, Math.ceil(result.total / result.pageSize));
  const { values, errors } = filters;
  const describe = (field: keyof typeof FIELD_IDS) =>
    errors[field] ? `${FIELD_IDS[field]}-error` : undefined;
  return (
    <>
      <h1>Audit log</h1>
      <p>
        Who did what, and when: sign-ins that failed, accounts created, roles changed, accounts
        switched off, content published. Newest first; times and days are in UTC.
      </p>
      <ErrorSummary problems={problems} />
      <form className="filter-form" method="get" action="/audit" noValidate>
        <div className="form-field">
          <label className="form-field__label" htmlFor={FIELD_IDS.actor}>
            Person (name or email)
          </label>
          {errors.actor ? (
            <p className="form-field__error" id={describe("actor")}>
              {errors.actor}
            </p>
          ) : null}
          <input
            className="form-field__input"
            id={FIELD_IDS.actor}
            name="actor"
            defaultValue={values.actor}
            aria-invalid={errors.actor ? true : undefined}
            aria-describedby={describe("actor")}
          />
        </div>
        <div className="form-field">
          <label className="form-field__label" htmlFor={FIELD_IDS.action}>
            Action
          </label>
          {errors.action ? (
            <p className="form-field__error" id={describe("action")}>
              {errors.action}
            </p>
          ) : null}
          <select
            className="form-field__input"
            id={FIELD_IDS.action}
            name="action"
            defaultValue={values.action}
            aria-invalid={errors.action ? true : undefined}
            aria-describedby={describe("action")}
          >
            <option value="">Every action</option>
            {result.actions.map((action) => (
              <option key={action} value={action}>
                {actionLabel(action)}
              </option>
            ))}
          </select>
        </div>
        <div className="form-field">
          <label className="form-field__label" htmlFor={FIELD_IDS.from}>
            From (first day)
          </label>
          {errors.from ? (
            <p className="form-field__error" id={describe("from")}>
              {errors.from}
            </p>
          ) : null}
          <input
            className="form-field__input"
            id={FIELD_IDS.from}
            name="from"
            type="date"
            defaultValue={values.from}
            aria-invalid={errors.from ? true : undefined}
            aria-describedby={describe("from")}
          />
        </div>
        <div className="form-field">
          <label className="form-field__label" htmlFor={FIELD_IDS.to}>
            To (last day)
          </label>
          {errors.to ? (
            <p className="form-field__error" id={describe("to")}>
              {errors.to}
            </p>
          ) : null}
          <input
            className="form-field__input"
            id={FIELD_IDS.to}
            name="to"
            type="date"
            defaultValue={values.to}
            aria-invalid={errors.to ? true : undefined}
            aria-describedby={describe("to")}
          />
        </div>
        <div className="filter-form__actions">
          <button className="button" type="submit">
            Show entries
          </button>
          <a className="button button--secondary" href="/audit">
            Clear filters
          </a>
        </div>
      </form>
      <h2 id="audit-results" aria-live="polite">
        {result.total === 1 ? "1 entry" : `${String(result.total)} entries`}
        {pages > 1 ? `, page ${String(result.page)} of ${String(pages)}` : ""}
      </h2>
      {result.rows.length === 0 ? (
        <p className="empty-note">
          {result.total === 0
            ? "No entries match these filters. Widen the days or choose every action."
            : "There are no entries on this page. Go back to the first page."}
        </p>
      ) : (
        <AuditTable rows={result.rows} />
      )}
      {pages > 1 ? (
        <nav className="pager" aria-label="Audit log pages">
          {result.page > 1 ? (
            <a className="button button--secondary" href={auditPageHref(values, result.page - 1)}>
              Newer entries
            </a>
          ) : null}
          {result.page < pages ? (
            <a className="button button--secondary" href={auditPageHref(values, result.page + 1)}>
              Older entries
            </a>
          ) : null}
        </nav>
      ) : null}
    </>
  );
}
