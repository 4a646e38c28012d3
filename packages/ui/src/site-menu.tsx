"use client";

import { useEffect, useId, useRef, useState, type KeyboardEvent, type ReactNode } from "react";

const FOCUSABLE = "a[href], button:not([disabled]), summary, input, select, textarea";

/**
 * The header's navigation and controls behind a "Menu" button on narrow screens (any text size;
 * see styles.css): opening moves focus to the first link, Escape closes and returns focus to the
 * button. On wide screens, and without JavaScript, the button is hidden and everything shows.
 */
export function SiteMenu({ children }: { children: ReactNode }) {
  const [open, setOpen] = useState(false);
  const panelId = useId();
  const toggle = useRef<HTMLButtonElement>(null);
  const panel = useRef<HTMLDivElement>(null);
  const opened = useRef(false);

  useEffect(() => {
    if (open) panel.current?.querySelector<HTMLElement>(FOCUSABLE)?.focus();
    else if (opened.current) toggle.current?.focus();
    opened.current = open;
  }, [open]);

  function closeOnEscape(event: KeyboardEvent) {
    if (event.key !== "Escape" || !open) return;
    event.preventDefault();
    setOpen(false);
  }

  return (
    <div className="site-menu" onKeyDown={closeOnEscape}>
      <button
        ref={toggle}
        type="button"
        className="button button--secondary site-menu__toggle"
        aria-expanded={open}
        aria-controls={panelId}
        onClick={() => {
          setOpen((value) => !value);
        }}
      >
        Menu
      </button>
      <div ref={panel} id={panelId} className="site-menu__panel" data-open={open ? "" : undefined}>
        {children}
      </div>
    </div>
  );
}
