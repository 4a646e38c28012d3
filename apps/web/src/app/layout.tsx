import "@soleus/ui/styles.css";
import type { Metadata, Viewport } from "next";
import { cookies } from "next/headers";
import type { ReactNode } from "react";
import { footerCareNote } from "@soleus/content/care/when-to-seek-care";
import { SiteShell } from "@soleus/ui/site-shell";
import { DisplayPreferences } from "~/components/display-preferences";
import {
  parseTextSize,
  parseTheme,
  rootAttributes,
  TEXT_SIZE_COOKIE,
  THEME_COOKIE,
} from "~/components/display-settings";
import { navigation } from "~/navigation";
import { SITE_DESCRIPTION, SITE_NAME, TITLE_TEMPLATE } from "~/site";
import { AccountMenu } from "~/auth/account-menu";
import { learnerTimeZone } from "~/time-zone/learner-time-zone";
import { TimeZoneSync } from "~/time-zone/time-zone-sync";

export const metadata: Metadata = {
  title: { default: SITE_NAME, template: TITLE_TEMPLATE },
  description: SITE_DESCRIPTION,
};

export const viewport: Viewport = { width: "device-width", initialScale: 1 };

/** No client API provider here: segments that call the API from the browser add `<ClientApiProvider>`. */
export default async function RootLayout({ children }: { children: ReactNode }) {
  // Display settings come from cookies, so the first paint already has the right size and theme.
  const jar = await cookies();
  const display = {
    textSize: parseTextSize(jar.get(TEXT_SIZE_COOKIE)?.value),
    theme: parseTheme(jar.get(THEME_COOKIE)?.value),
  };
  const zone = await learnerTimeZone();
  return (
    <html lang="en-GB" {...rootAttributes(display)}>
      <body>
        <SiteShell
          productName={SITE_NAME}
          nav={navigation}
          careNote={footerCareNote()}
          headerActions={
            <>
              <DisplayPreferences initial={display} />
              <AccountMenu />
            </>
          }
        >
          {children}
        </SiteShell>
        <TimeZoneSync renderedIn={zone.known ? zone.timeZone : null} />
      </body>
    </html>
  );
}
