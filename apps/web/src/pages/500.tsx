import { STANDARD_DISPLAY } from "~/components/display-settings";
import { ServerError } from "~/components/server-error";
import { StaticSiteShell } from "~/components/static-site-shell";

/** When a prerendered page could not be built (the database is unreachable, say). */
export default function ServerErrorPage() {
  return (
    <StaticSiteShell title="Something went wrong" display={STANDARD_DISPLAY}>
      <ServerError
        retry={
          <a className="button" href="">
            Try again
          </a>
        }
      />
    </StaticSiteShell>
  );
}
