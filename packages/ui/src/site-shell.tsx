import type { ReactNode } from "react";
import type { CareNote } from "./medical-note";
import { SiteFooter } from "./site-footer";
import { SiteHeader, type NavItem } from "./site-header";
import { SkipLink } from "./skip-link";

/** The layout both apps share: skip link, header, the page's main landmark, footer. */
export function SiteShell({
  productName,
  nav,
  headerActions,
  careNote,
  children,
}: {
  productName: string;
  /** When to seek care, from the app's one source (the footer shows it on every page). */
  careNote: CareNote;
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
      <SiteFooter productName={productName} careNote={careNote} />
    </>
  );
}
