import type { MouseEvent } from "react";
import { TEXT_SIZES, type TextSize } from "./display-options";

export { TEXT_SIZES, type TextSize };

/**
 * A row of buttons, one per text size, the current one pressed. They are submit buttons
 * (name "text-size") so the control also works in a plain form without JavaScript;
 * with `onSelect` the click is handled in the page instead.
 */
export function TextSizeControl({
  value,
  onSelect,
}: {
  value: TextSize;
  onSelect?: (size: TextSize) => void;
}) {
  return (
    <fieldset className="choice-group">
      <legend className="choice-group__legend">Text size</legend>
      <div className="choice-group__options">
        {TEXT_SIZES.map((size) => (
          <button
            key={size.value}
            type="submit"
            name="text-size"
            value={size.value}
            className={`choice-group__option choice-group__option--${size.value}`}
            aria-pressed={size.value === value}
            onClick={
              onSelect
                ? (event: MouseEvent<HTMLButtonElement>) => {
                    event.preventDefault();
                    onSelect(size.value);
                  }
                : undefined
            }
          >
            {size.label}
          </button>
        ))}
      </div>
    </fieldset>
  );
}
