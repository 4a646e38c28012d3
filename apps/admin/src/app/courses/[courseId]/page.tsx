import type { Metadata } from "next";
import { CourseScreen } from "~/authoring/course-screen";

export const metadata: Metadata = { title: "Edit course" };

export default async function EditCoursePage({ params }: { params: Promise<{ courseId: string }> }) {
  const { courseId } = await params;
  return <CourseScreen courseId={courseId} />;
}
