import type { inferRouterInputs, inferRouterOutputs } from "@trpc/server";
import type { AdminRouter, LearnerRouter } from "./root";

/*
 * The api package's one public entry: the two routers (one per app), their callers and types,
 * and what a caller needs to build a context. Client code imports types only from here.
 */
export { adminRouter, createAdminCaller, createLearnerCaller, learnerRouter } from "./root";
export type { AdminCaller, AdminRouter, LearnerCaller, LearnerRouter } from "./root";
export { createApiContext, type ApiContext } from "./trpc/context";
export { API_LIMITS } from "./trpc/limits";
export type { Role } from "@soleus/auth/roles";
export type { AppName } from "@soleus/auth/cookies";

/** What each learner-site procedure takes and returns. */
export type LearnerRouterInputs = inferRouterInputs<LearnerRouter>;
export type LearnerRouterOutputs = inferRouterOutputs<LearnerRouter>;
/** What each admin-app procedure takes and returns. */
export type AdminRouterInputs = inferRouterInputs<AdminRouter>;
export type AdminRouterOutputs = inferRouterOutputs<AdminRouter>;
