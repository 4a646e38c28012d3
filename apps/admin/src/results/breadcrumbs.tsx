/** Where this view sits: Results › course › quiz › question (the last one is the page itself). */
export function Breadcrumbs({ trail }: { trail: readonly { label: string; href?: string }[] }) {
  return (
    <nav aria-label="Breadcrumb" className="results-breadcrumbs">
      <ol>
        {trail.map((step, index) => (
          <li key={`${String(index)}-${step.label}`}>
            {step.href && index < trail.length - 1 ? (
              <a href={step.href}>{step.label}</a>
            ) : (
              <span aria-current="page">{step.label}</span>
            )}
          </li>
        ))}
      </ol>
    </nav>
  );
}
