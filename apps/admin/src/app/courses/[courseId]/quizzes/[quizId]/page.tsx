import type { Metadata } from "next";
import { QuizEditorLoader } from "~/quiz-editor/quiz-editor-loader";

export const metadata: Metadata = { title: "Edit quiz" };

/** The quiz editor; the API checks the coach may edit this course on every call. */
export default async function EditQuizPage({
  params,
}: {
  params: Promise<{ courseId: string; quizId: string }>;
}) {
  const { courseId, quizId } = await params;
  return <QuizEditorLoader courseId={courseId} quizId={quizId} />;
}
