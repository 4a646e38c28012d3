/** Headline figures as a description list (name, value), laid out as cards. */
export function StatList({
  label,
  items,
}: {
  label: string;
  items: readonly { name: string; value: string }[];
}) {
  return (
    <dl className="results-stats" aria-label={label}>
      {items.map((item) => (
        <div key={item.name}>
          <dt>{item.name}</dt>
          <dd>{item.value}</dd>
        </div>
      ))}
    </dl>
  );
}
