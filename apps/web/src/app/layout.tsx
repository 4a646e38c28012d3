import "@soleus/ui/styles.css";
import type { Metadata, Viewport } from "next";
import type { ReactNode } from "react";
import { SiteShell } from "@soleus/ui/site-shell";
import { navigation } from "~/navigation";

export const metadata: Metadata = {
  title: { default: "Soleus", template: "%s · Soleus" },
  description: "Short, friendly courses for healthy aging. Start with The Second Heart: your calf muscles and circulation.",
};

export const viewport: Viewport = { width: "device-width", initialScale: 1 };

export default function RootLayout({ children }: { children: ReactNode }) {
  return (
    <html lang="en">
      <body>
        <SiteShell productName="Soleus" nav={navigation}>
          {children}
        </SiteShell>
      </body>
    </html>
  );
}
