"use client";

import { useEffect, useState } from "react";
import { TextSizeControl, type TextSize } from "@soleus/ui/text-size-control";
import { ThemeToggle, type Theme } from "@soleus/ui/theme-toggle";
import {
  parseTextSize,
  parseTheme,
  settingCookie,
  TEXT_SIZE_COOKIE,
  TEXT_SIZE_STORAGE_KEY,
  THEME_COOKIE,
  THEME_STORAGE_KEY,
  type DisplaySettings,
} from "./display-settings";

function remember(cookie: string, storageKey: string, value: string) {
  document.cookie = settingCookie(cookie, value);
  try {
    window.localStorage.setItem(storageKey, value);
  } catch {
    // Storage can be switched off; the cookie alone still works.
  }
}

function apply(attribute: "data-text-size" | "data-theme", value: string) {
  if (value === "standard") document.documentElement.removeAttribute(attribute);
  else document.documentElement.setAttribute(attribute, value);
}

/**
 * Text size and high contrast, behind one clearly named disclosure in the header. The server already applied the saved choices
 * (from cookies), so nothing flashes. Without JavaScript the buttons post a form instead.
 */
export function DisplayPreferences({ initial }: { initial: DisplaySettings }) {
  const [textSize, setTextSize] = useState<TextSize>(initial.textSize);
  const [theme, setTheme] = useState<Theme>(initial.theme);

  // A choice saved in localStorage but whose cookie expired or was cleared is restored once.
  useEffect(() => {
    try {
      const storedSize = window.localStorage.getItem(TEXT_SIZE_STORAGE_KEY);
      const storedTheme = window.localStorage.getItem(THEME_STORAGE_KEY);
      const cookies = document.cookie;
      if (storedSize && !cookies.includes(`${TEXT_SIZE_COOKIE}=`))
        chooseTextSize(parseTextSize(storedSize));
      if (storedTheme && !cookies.includes(`${THEME_COOKIE}=`))
        chooseTheme(parseTheme(storedTheme));
    } catch {
      // No storage: the cookie is the only memory.
    }
  }, []);

  function chooseTextSize(size: TextSize) {
    setTextSize(size);
    apply("data-text-size", size);
    remember(TEXT_SIZE_COOKIE, TEXT_SIZE_STORAGE_KEY, size);
  }
  function chooseTheme(next: Theme) {
    setTheme(next);
    apply("data-theme", next);
    remember(THEME_COOKIE, THEME_STORAGE_KEY, next);
  }

  return (
    <details className="display-preferences">
      <summary className="button button--secondary display-preferences__summary">
        Text size and contrast
      </summary>
      <form className="display-preferences__form" method="post" action="/preferences">
        <TextSizeControl value={textSize} onSelect={chooseTextSize} />
        <ThemeToggle value={theme} onSelect={chooseTheme} />
      </form>
    </details>
  );
}
