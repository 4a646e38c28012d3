import type { ReactNode } from "react";
import { SiteFooter } from "./site-footer";
import { SiteHeader, type NavItem } from "./site-header";
import { SkipLink } from "./skip-link";

/** The layout both apps share: skip link, header, the page's main landmark, footer. */
export function SiteShell({
  productName,
  nav,
  headerActions,
  children,
}: {
  productName: string;
  nav: NavItem[];
  headerActions?: ReactNode;
  children: ReactNode;
}) {
  return (
    <>
      <SkipLink />
      <SiteHeader productName={productName} nav={nav} actions={headerActions} />
      <main id="main" tabIndex={-1} className="site-main">
        {children}
      </main>
      <SiteFooter productName={productName} />
    </>
  );
}
