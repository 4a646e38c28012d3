import { handleAuthRoute } from "@soleus/app-runtime/auth-setup";

export const dynamic = "force-dynamic";

/** Auth.js: magic links and OAuth (password sign-in is a server action). */
function handler(request: Request) {
  return handleAuthRoute(request, "web");
}

export { handler as GET, handler as POST };
