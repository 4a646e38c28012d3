/**
 * A native progress bar (no inline styles, so it works under a strict style CSP). Give it a
 * `label` to expose it to assistive technology, or `decorative` when the same information is
 * already given in text.
 */
export function ProgressBar({
  value,
  max,
  label,
  decorative = false,
  className,
}: {
  value: number;
  max: number;
  label?: string;
  decorative?: boolean;
  className?: string;
}) {
  const clamped = Math.min(Math.max(value, 0), max);
  return (
    <progress
      className={className ? `progress-bar ${className}` : "progress-bar"}
      value={clamped}
      max={max}
      aria-label={decorative ? undefined : label}
      aria-hidden={decorative ? true : undefined}
    />
  );
}
