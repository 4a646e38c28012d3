import type { ReactNode } from "react";
import { SiteMenu } from "./site-menu";

export interface NavItem {
  href: string;
  label: string;
}

/**
 * The top bar: product name (links home), the app's navigation, and optional extra controls,
 * which fold behind a "Menu" button on narrow screens.
 */
export function SiteHeader({
  productName,
  homeHref = "/",
  nav,
  actions,
}: {
  productName: string;
  homeHref?: string;
  nav: NavItem[];
  actions?: ReactNode;
}) {
  return (
    <header className="site-header">
      <div className="site-header__inner">
        <a className="site-header__brand" href={homeHref}>
          {productName}
        </a>
        <SiteMenu>
          <nav aria-label="Main">
            <ul className="site-header__nav">
              {nav.map((item) => (
                <li key={item.href}>
                  <a className="site-header__link" href={item.href}>
                    {item.label}
                  </a>
                </li>
              ))}
            </ul>
          </nav>
          {actions ? <div className="site-header__actions">{actions}</div> : null}
        </SiteMenu>
      </div>
    </header>
  );
}
