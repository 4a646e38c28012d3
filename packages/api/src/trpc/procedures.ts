import { TRPCError } from "@trpc/server";
import { roleAllows } from "@soleus/auth/roles";
import type { Role } from "@soleus/auth/roles";
import type { SessionUser } from "@soleus/auth/session";
import { t, type Access } from "./init";

export const SIGN_IN_REQUIRED = "Please sign in to do this.";
export const NOT_ALLOWED = "Your account is not allowed to do this.";

/**
 * Fail closed: the middleware passes only when a session exists AND its role is in the list.
 * Anything else (no session, no role, an unknown role) is a denial.
 */
function requireRole(allowed: readonly Role[]) {
  return t.middleware(({ ctx, next }) => {
    const user: SessionUser | undefined = ctx.session?.user;
    if (!user) throw new TRPCError({ code: "UNAUTHORIZED", message: SIGN_IN_REQUIRED });
    if (!roleAllows(user.role, allowed))
      throw new TRPCError({ code: "FORBIDDEN", message: NOT_ALLOWED });
    return next({ ctx: { ...ctx, user } });
  });
}

function withAccess(access: Access) {
  return t.procedure.meta({ access });
}

/** Anyone, signed in or not. */
export const publicProcedure = withAccess("public");
/** Any signed-in person (learners, coaches and admins all learn). */
export const learnerProcedure = withAccess("learner").use(
  requireRole(["learner", "coach", "admin"]),
);
/** Coaches and admins; course-level rules then apply (see course-access.ts). */
export const coachProcedure = withAccess("coach").use(requireRole(["coach", "admin"]));
/** Admins only. */
export const adminProcedure = withAccess("admin").use(requireRole(["admin"]));
