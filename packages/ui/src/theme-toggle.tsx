import type { MouseEvent } from "react";
import type { Theme } from "./display-options";

export type { Theme };

/**
 * The high-contrast switch: a toggle button (aria-pressed). A submit button (name "theme",
 * value = the theme it switches to) so it also works in a plain form without JavaScript.
 */
export function ThemeToggle({
  value,
  onSelect,
}: {
  value: Theme;
  onSelect?: (theme: Theme) => void;
}) {
  const next: Theme = value === "contrast" ? "standard" : "contrast";
  return (
    <button
      type="submit"
      name="theme"
      value={next}
      className="button button--secondary theme-toggle"
      aria-pressed={value === "contrast"}
      onClick={
        onSelect
          ? (event: MouseEvent<HTMLButtonElement>) => {
              event.preventDefault();
              onSelect(next);
            }
          : undefined
      }
    >
      High contrast
    </button>
  );
}
