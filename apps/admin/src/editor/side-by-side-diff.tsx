import { diffLines } from "diff";

interface Row {
  left: { text: string; changed: boolean } | null;
  right: { text: string; changed: boolean } | null;
}

/** Pairs removed and added lines into rows so changed lines sit side by side. */
export function diffRows(left: string, right: string): Row[] {
  const rows: Row[] = [];
  const split = (value: string) => value.replace(/\n$/, "").split("\n");
  const parts = diffLines(left, right);
  for (let i = 0; i < parts.length; i += 1) {
    const part = parts[i];
    if (!part) continue;
    if (!part.added && !part.removed) {
      for (const text of split(part.value))
        rows.push({ left: { text, changed: false }, right: { text, changed: false } });
      continue;
    }
    const next = parts[i + 1];
    const removed = part.removed ? split(part.value) : [];
    const added = part.added ? split(part.value) : next?.added ? split(next.value) : [];
    if (part.removed && next?.added) i += 1;
    for (let j = 0; j < Math.max(removed.length, added.length); j += 1) {
      const l = removed[j];
      const r = added[j];
      rows.push({
        left: l === undefined ? null : { text: l, changed: true },
        right: r === undefined ? null : { text: r, changed: true },
      });
    }
  }
  return rows;
}

/**
 * Two versions side by side; changed lines are marked with colour AND a word for screen readers
 * ("removed"/"added"). Text is rendered as React text, so nothing in it can run.
 */
export function SideBySideDiff({
  caption,
  leftTitle,
  rightTitle,
  left,
  right,
  leftOnlyLabel = "Removed:",
  rightOnlyLabel = "Added:",
}: {
  leftOnlyLabel?: string;
  rightOnlyLabel?: string;
  caption: string;
  leftTitle: string;
  rightTitle: string;
  left: string;
  right: string;
}) {
  const rows = diffRows(left, right);
  const changes = rows.filter(
    (row) => (row.left?.changed ?? false) || (row.right?.changed ?? false),
  ).length;
  return (
    <div className="diff" role="region" aria-label={caption} tabIndex={0}>
      <table className="diff__table">
        <caption className="diff__caption">
          {caption}: {changes === 0 ? "no differences" : `${String(changes)} changed lines`}
        </caption>
        <thead>
          <tr>
            <th scope="col">{leftTitle}</th>
            <th scope="col">{rightTitle}</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((row, index) => (
            <tr key={index}>
              <DiffCell cell={row.left} change="removed" label={leftOnlyLabel} />
              <DiffCell cell={row.right} change="added" label={rightOnlyLabel} />
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

function DiffCell({
  cell,
  change,
  label,
}: {
  cell: Row["left"];
  change: "removed" | "added";
  label: string;
}) {
  if (!cell) return <td className="diff__cell diff__cell--empty" />;
  if (!cell.changed) return <td className="diff__cell">{cell.text || "\u00a0"}</td>;
  const Tag = change === "removed" ? "del" : "ins";
  return (
    <td className={`diff__cell diff__cell--${change}`}>
      <span className="visually-hidden">{`${label} `}</span>
      <Tag>{cell.text || "\u00a0"}</Tag>
    </td>
  );
}
