import type { ReactNode } from "react";

/**
 * A wide table scrolls sideways inside its own region at phone widths instead of the page; the
 * region can take focus, so keyboard users can scroll it too.
 */
export function ScrollTable({ label, children }: { label: string; children: ReactNode }) {
  return (
    <div className="table-scroll" role="region" aria-label={label} tabIndex={0}>
      {children}
    </div>
  );
}
