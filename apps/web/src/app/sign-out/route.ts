import { signOutRoute } from "@soleus/api/session/sign-out-route";

export const dynamic = "force-dynamic";

/** The header's "Sign out" form posts here from every page (also the prerendered lessons). */
export const POST = signOutRoute("web", "/?signed-out=1");
