import { signOutRoute } from "@soleus/app-runtime/sign-out-route";

export const dynamic = "force-dynamic";

/** The header's "Sign out" form posts here (the same handler as the learner site's). */
export const POST = signOutRoute("admin", "/sign-in");
