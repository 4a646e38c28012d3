/** The text sizes a learner can pick, smallest first; values match `:root[data-text-size]` in styles.css. */
export const TEXT_SIZES = [
  { value: "standard", label: "Standard" },
  { value: "large", label: "Large" },
  { value: "larger", label: "Larger" },
  { value: "largest", label: "Largest" },
] as const;

export type TextSize = (typeof TEXT_SIZES)[number]["value"];

/** The colour themes: the standard one and high contrast (`:root[data-theme="contrast"]`). */
export const THEMES = ["standard", "contrast"] as const;

export type Theme = (typeof THEMES)[number];
