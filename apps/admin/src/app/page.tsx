import type { Metadata } from "next";
import { headers } from "next/headers";
import { createServerCaller } from "@soleus/app-runtime/trpc";
import { DraftsInProgress, MyCourses, RecentlyPublished } from "~/dashboard/dashboard-sections";

export const metadata: Metadata = { title: "Dashboard" };

/** The admin app's home: the caller's courses, drafts in progress and what was published lately. */
export default async function DashboardPage() {
  const api = await createServerCaller(await headers(), "admin");
  const me = await api.users.me();
  const overview = await api.dashboard.overview();
  const isAdmin = me.role === "admin";
  return (
    <>
      <h1>Dashboard</h1>
      <p>
        Welcome, {me.name ?? me.email}.{" "}
        {isAdmin
          ? "Here is every course, the drafts in progress and what was published lately."
          : "Here are your courses, your drafts in progress and what was published lately."}
      </p>
      <div className="dashboard-grid">
        <MyCourses courses={overview.courses} isAdmin={isAdmin} />
        <DraftsInProgress drafts={overview.drafts} />
        <RecentlyPublished items={overview.recentlyPublished} />
      </div>
    </>
  );
}
