"use client";
import dynamic from "next/dynamic";

// The editor (engine checks, renderer, jsdiff) is its own chunk, loaded only on this route.
const QuizScreen = dynamic(() => import("./quiz-screen").then((m) => m.QuizScreen), {
  ssr: false,
  loading: () => <p role="status">Loading the quiz editor…</p>,
});

export function QuizEditorLoader({ courseId, quizId }: { courseId: string; quizId: string }) {
  return <QuizScreen courseId={courseId} quizId={quizId} />;
}
