import "@soleus/ui/styles.css";
import "./admin.css";
import type { Metadata, Viewport } from "next";
import type { ReactNode } from "react";
import { footerCareNote } from "@soleus/content/care/when-to-seek-care";
import { SiteFooter } from "@soleus/ui/site-footer";
import { SkipLink } from "@soleus/ui/skip-link";
import { AdminHeader } from "~/shell/admin-header";
import { TRPCReactProvider } from "~/trpc/react";

export const metadata: Metadata = {
  title: { default: "Soleus Admin", template: "%s · Soleus Admin" },
  description: "Author lessons and quizzes and review learners' results.",
};

export const viewport: Viewport = { width: "device-width", initialScale: 1 };

/**
 * The admin app's own header (its menu depends on the signed-in role and folds on narrow
 * screens), with the skip link, main landmark and footer both apps share.
 */
export default function RootLayout({ children }: { children: ReactNode }) {
  return (
    <html lang="en-GB">
      <body>
        <SkipLink />
        <AdminHeader />
        <main id="main" tabIndex={-1} className="site-main">
          <TRPCReactProvider>{children}</TRPCReactProvider>
        </main>
        <SiteFooter productName="Soleus Admin" careNote={footerCareNote()} />
      </body>
    </html>
  );
}
