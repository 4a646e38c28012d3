import type { ReactNode } from "react";
import { ClientApiProvider } from "~/trpc/client-api-provider";

/** These pages call the API from the browser (saving answers), so they get the client API provider. */
export default function ClientApiLayout({ children }: { children: ReactNode }) {
  return <ClientApiProvider>{children}</ClientApiProvider>;
}
