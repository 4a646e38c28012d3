import { signOutRoute } from "@soleus/app-runtime/sign-out-route";

export const dynamic = "force-dynamic";

/** The header's "Sign out" form posts here from every page (also the prerendered lessons). */
export const POST = signOutRoute("web", "/?signed-out=1");
