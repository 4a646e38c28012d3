import type { AppName, Role } from "@soleus/db/schema";

export type { Role };
export const ROLES = ["learner", "coach", "admin"] as const satisfies readonly Role[];

/** The roles allowed into each app. The admin app is for people who author or review. */
export const APP_ROLES = {
  web: ["learner", "coach", "admin"],
  admin: ["coach", "admin"],
} as const satisfies Record<AppName, readonly Role[]>;

/** True only when `role` is one of `allowed`; an unknown or missing role is never allowed. */
export function roleAllows(role: unknown, allowed: readonly Role[]): role is Role {
  return typeof role === "string" && (allowed as readonly string[]).includes(role);
}
