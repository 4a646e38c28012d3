import { handleTrpcRequest } from "@soleus/app-runtime/trpc";

export const dynamic = "force-dynamic";

/** The API for client components (TanStack Query); Server Components use the server caller. */
function handler(request: Request) {
  return handleTrpcRequest(request, "admin");
}

export { handler as GET, handler as POST };
