import { NotFoundPage } from "@soleus/ui/not-found-page";
import { StaticSiteShell } from "~/components/static-site-shell";

const STANDARD_DISPLAY = { textSize: "standard", theme: "standard" } as const;

/** The 404 of prerendered pages (a lesson that is not published): same words as the site's own. */
export default function LessonNotFound() {
  return (
    <StaticSiteShell title="Page not found" display={STANDARD_DISPLAY}>
      <NotFoundPage />
    </StaticSiteShell>
  );
}
