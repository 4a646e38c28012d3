import type { NavItem } from "@soleus/ui/site-header";

/** The admin app's main navigation. */
export const navigation: NavItem[] = [
  { href: "/", label: "Dashboard" },
  { href: "/users", label: "People" },
];
