"use client";
import { usePathname } from "next/navigation";
import { useEffect, useId, useRef, useState, type ReactNode } from "react";
import { isCurrentSection } from "~/navigation";

/**
 * The header's menu: the role's links (the current section marked with aria-current) and the
 * account controls. On narrow screens and at large text sizes it folds behind a "Menu" button.
 */
export function AdminNav({
  items,
  children,
}: {
  items: { href: string; label: string }[];
  children?: ReactNode;
}) {
  const pathname = usePathname();
  const [open, setOpen] = useState(false);
  const panelId = useId();
  const button = useRef<HTMLButtonElement>(null);

  useEffect(() => {
    setOpen(false);
  }, [pathname]);

  return (
    <div
      className="admin-nav"
      data-open={open ? "true" : "false"}
      onKeyDown={(event) => {
        if (event.key === "Escape" && open) {
          setOpen(false);
          button.current?.focus();
        }
      }}
    >
      <button
        ref={button}
        type="button"
        className="button button--secondary admin-nav__toggle"
        aria-expanded={open}
        aria-controls={panelId}
        onClick={() => {
          setOpen(!open);
        }}
      >
        {open ? "Close menu" : "Menu"}
      </button>
      <div className="admin-nav__panel" id={panelId}>
        {items.length > 0 ? (
          <nav aria-label="Main">
            <ul className="admin-nav__list">
              {items.map((item) => {
                const current = isCurrentSection(item.href, pathname);
                return (
                  <li key={item.href}>
                    <a
                      className="admin-nav__link"
                      href={item.href}
                      aria-current={current ? "page" : undefined}
                    >
                      {item.label}
                    </a>
                  </li>
                );
              })}
            </ul>
          </nav>
        ) : null}
        {children ? <div className="admin-nav__account">{children}</div> : null}
      </div>
    </div>
  );
}
