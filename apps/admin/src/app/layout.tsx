import "@soleus/ui/styles.css";
import type { Metadata, Viewport } from "next";
import type { ReactNode } from "react";
import { footerCareNote } from "@soleus/content/care/when-to-seek-care";
import { SiteShell } from "@soleus/ui/site-shell";
import { navigation } from "~/navigation";
import { AccountMenu } from "~/auth/account-menu";
import { TRPCReactProvider } from "~/trpc/react";

export const metadata: Metadata = {
  title: { default: "Soleus Admin", template: "%s · Soleus Admin" },
  description: "Author lessons and quizzes and review learners' results.",
};

export const viewport: Viewport = { width: "device-width", initialScale: 1 };

export default function RootLayout({ children }: { children: ReactNode }) {
  return (
    <html lang="en-GB">
      <body>
        <SiteShell
          productName="Soleus Admin"
          nav={navigation}
          careNote={footerCareNote()}
          headerActions={<AccountMenu />}
        >
          <TRPCReactProvider>{children}</TRPCReactProvider>
        </SiteShell>
      </body>
    </html>
  );
}
