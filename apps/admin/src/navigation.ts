import type { Role } from "@soleus/api";

export interface AdminNavItem {
  href: string;
  label: string;
  /** Who sees the link; the pages and the API check the role again. */
  roles: readonly Role[];
}

const STAFF: readonly Role[] = ["coach", "admin"];
const ADMINS: readonly Role[] = ["admin"];

/** The admin app's main navigation, in order. */
export const ADMIN_NAVIGATION: readonly AdminNavItem[] = [
  { href: "/", label: "Dashboard", roles: STAFF },
  { href: "/courses", label: "Courses", roles: STAFF },
  { href: "/results", label: "Results", roles: STAFF },
  { href: "/users", label: "People", roles: ADMINS },
  { href: "/audit", label: "Audit log", roles: ADMINS },
];

/** The links a role may use (none when signed out: the sign-in page needs no menu). */
export function navigationFor(role: Role | undefined): { href: string; label: string }[] {
  if (role === undefined) return [];
  return ADMIN_NAVIGATION.filter((item) => item.roles.includes(role)).map(({ href, label }) => ({
    href,
    label,
  }));
}

/** True when `pathname` is the link's page or a page inside its section ("/courses/x" → Courses). */
export function isCurrentSection(href: string, pathname: string): boolean {
  if (href === "/") return pathname === "/";
  return pathname === href || pathname.startsWith(`${href}/`);
}
