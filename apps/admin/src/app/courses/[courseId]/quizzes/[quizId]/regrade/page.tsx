import "~/results/results.css";
import "~/regrade/regrade.css";
import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { isId } from "~/results/ids";
import { RegradeScreen } from "~/regrade/regrade-screen";

export const metadata: Metadata = { title: "Regrade a quiz" };

/** Regrade a quiz's attempts after a correction; the API checks the coach may manage this course. */
export default async function RegradePage({
  params,
}: {
  params: Promise<{ courseId: string; quizId: string }>;
}) {
  const { courseId, quizId } = await params;
  if (!isId(courseId) || !isId(quizId)) notFound();
  return <RegradeScreen courseId={courseId} quizId={quizId} />;
}
