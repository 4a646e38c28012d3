import type { NavItem } from "@soleus/ui/site-header";

/** The learner site's main navigation. */
export const navigation: NavItem[] = [{ href: "/courses", label: "Courses" }];
