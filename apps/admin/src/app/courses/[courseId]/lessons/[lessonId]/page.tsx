import type { Metadata } from "next";
import { LessonEditorLoader } from "~/authoring/lesson-editor-loader";

export const metadata: Metadata = { title: "Edit lesson" };

/** The lesson editor; the API checks the coach may edit this course on every call. */
export default async function EditLessonPage({
  params,
}: {
  params: Promise<{ courseId: string; lessonId: string }>;
}) {
  const { courseId, lessonId } = await params;
  return <LessonEditorLoader courseId={courseId} lessonId={lessonId} />;
}
