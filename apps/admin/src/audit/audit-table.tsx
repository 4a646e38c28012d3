import type { AdminRouterOutputs } from "@soleus/api";
import { actionLabel } from "./action-labels";

type Row = AdminRouterOutputs["audit"]["list"]["rows"][number];

const WHEN = new Intl.DateTimeFormat("en-GB", {
  day: "numeric",
  month: "short",
  year: "numeric",
  hour: "2-digit",
  minute: "2-digit",
  second: "2-digit",
  timeZone: "UTC",
});

function describeDetails(details: Record<string, unknown>): string {
  // A change reads "from learner to coach" (the database keeps jsonb keys in its own order).
  const { from, to, ...rest } = details;
  const change =
    typeof from === "string" && typeof to === "string" ? [`from ${from} to ${to}`] : [];
  const others = change.length > 0 ? rest : details;
  return [...change, ...describeEntries(others)].join("; ");
}

function describeEntries(details: Record<string, unknown>): string[] {
  return Object.entries(details).map(([key, value]) => {
    const shown =
      typeof value === "string" || typeof value === "number" || typeof value === "boolean"
        ? String(value)
        : JSON.stringify(value);
    return `${key.replace(/_/g, " ")}: ${shown}`;
  });
}

function who(row: Row): string {
  if (row.actorEmail === null) return "Someone not signed in";
  return row.actorName ? `${row.actorName} (${row.actorEmail})` : row.actorEmail;
}

function what(row: Row): string {
  if (row.targetName) return row.targetName;
  if (row.targetType && row.targetId) return `${row.targetType} ${row.targetId}`;
  return "—";
}

/** One page of audit entries: when (UTC), who, what happened, to what, and the details. */
export function AuditTable({ rows }: { rows: Row[] }) {
  return (
    <div className="table-scroll" role="region" aria-labelledby="audit-caption" tabIndex={0}>
      <table className="data-table">
        <caption id="audit-caption" className="visually-hidden">
          Audit log entries, newest first
        </caption>
        <thead>
          <tr>
            <th scope="col">When (UTC)</th>
            <th scope="col">Who</th>
            <th scope="col">What</th>
            <th scope="col">About</th>
            <th scope="col">Details</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={row.id}>
              <td>
                <time dateTime={row.at.toISOString()}>{WHEN.format(row.at)}</time>
              </td>
              <td>{who(row)}</td>
              <td>{actionLabel(row.action)}</td>
              <td>{what(row)}</td>
              <td>
                {describeDetails(row.details)}
                {row.ip ? <div>From {row.ip}</div> : null}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
