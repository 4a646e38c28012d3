import type { Metadata } from "next";
import { headers } from "next/headers";
import { currentSession } from "@soleus/app-runtime/account";
import { CourseScreen } from "~/authoring/course-screen";

export const metadata: Metadata = { title: "Edit course" };

/** One course; the API checks the coach may edit it on every call (admins may also assign coaches). */
export default async function EditCoursePage({
  params,
}: {
  params: Promise<{ courseId: string }>;
}) {
  const { courseId } = await params;
  const session = await currentSession(await headers(), "admin");
  return <CourseScreen courseId={courseId} isAdmin={session?.user.role === "admin"} />;
}
