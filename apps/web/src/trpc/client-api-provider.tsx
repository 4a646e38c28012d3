import type { ReactNode } from "react";
import { TRPCReactProvider } from "./react";

/**
 * TanStack Query + tRPC for the client components below it. Put it in the layout of a segment
 * whose pages call the API from the browser (quiz player, attempts), not in the root layout:
 * reading pages then ship none of its JavaScript (docs/decisions/0010).
 */
export function ClientApiProvider({ children }: { children: ReactNode }) {
  return <TRPCReactProvider>{children}</TRPCReactProvider>;
}
