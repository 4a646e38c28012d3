"use client";

import { useId, useState } from "react";
import { TEXT_SIZES, type TextSize, type Theme } from "@soleus/ui/display-options";

/** What a preview frame shows: the learner's text size, theme and a phone-width frame. */
export interface PreviewDisplay {
  textSize: TextSize;
  theme: Theme;
  phone: boolean;
}

/** The display a preview starts with and the setter its controls use. */
export function usePreviewDisplay() {
  return useState<PreviewDisplay>({ textSize: "standard", theme: "standard", phone: false });
}

/** The lesson and quiz previews' controls: text size, high contrast, phone width. */
export function PreviewControls({
  display,
  onChange,
}: {
  display: PreviewDisplay;
  onChange: (display: PreviewDisplay) => void;
}) {
  const sizeName = useId();
  return (
    <div className="lesson-preview__controls">
      <fieldset className="lesson-preview__choice">
        <legend>Text size</legend>
        {TEXT_SIZES.map((size) => (
          <label key={size.value} className="lesson-preview__option">
            <input
              type="radio"
              name={sizeName}
              value={size.value}
              checked={display.textSize === size.value}
              onChange={() => onChange({ ...display, textSize: size.value })}
            />
            {size.label}
          </label>
        ))}
      </fieldset>
      <label className="lesson-preview__option">
        <input
          type="checkbox"
          checked={display.theme === "contrast"}
          onChange={(event) =>
            onChange({ ...display, theme: event.target.checked ? "contrast" : "standard" })
          }
        />
        High contrast
      </label>
      <label className="lesson-preview__option">
        <input
          type="checkbox"
          checked={display.phone}
          onChange={(event) => onChange({ ...display, phone: event.target.checked })}
        />
        Phone width (375 px)
      </label>
    </div>
  );
}
