import Head from "next/head";
import type { ReactNode } from "react";
import { footerCareNote } from "@soleus/content/care/when-to-seek-care";
import { SiteShell } from "@soleus/ui/site-shell";
import { AccountMenuView } from "~/auth/account-menu-view";
import { navigation } from "~/navigation";
import { pageTitle, SITE_DESCRIPTION, SITE_NAME } from "~/site";
import { DisplayPreferences } from "./display-preferences";
import type { DisplaySettings } from "./display-settings";
import type { ReaderState } from "~/reading/reader-state";

/**
 * The site's frame for prerendered pages (the Pages Router ones): the same header, navigation
 * and footer as the root layout. Who is signed in arrives after load (`reader`); until then,
 * and without JavaScript, the header offers sign-in as it does to anyone.
 */
export function StaticSiteShell({
  title,
  description = SITE_DESCRIPTION,
  canonicalPath,
  display,
  reader,
  children,
}: {
  title: string;
  description?: string;
  /** The address readers use for this page (prerendered pages also answer at an internal one). */
  canonicalPath?: string;
  display: DisplaySettings;
  reader?: ReaderState | undefined;
  children: ReactNode;
}) {
  return (
    <>
      <Head>
        <title>{pageTitle(title)}</title>
        <meta name="description" content={description} />
        <meta name="viewport" content="width=device-width, initial-scale=1" />
        {canonicalPath ? <link rel="canonical" href={canonicalPath} /> : null}
      </Head>
      <SiteShell
        productName={SITE_NAME}
        nav={navigation}
        careNote={footerCareNote()}
        headerActions={
          <>
            <DisplayPreferences initial={display} />
            <AccountMenuView person={reader?.person ?? null} />
          </>
        }
      >
        {children}
      </SiteShell>
    </>
  );
}
