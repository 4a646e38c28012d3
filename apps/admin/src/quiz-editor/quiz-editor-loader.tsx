"use client";
import { lazyPart } from "@soleus/ui/lazy-part";

// The editor (engine checks, renderer, jsdiff) is its own chunk, loaded only on this route.
// Offline before it loads: it says so and loads once back online, instead of the error page.
const QuizScreen = lazyPart(() => import("./quiz-screen").then((m) => m.QuizScreen), {
  what: "The quiz editor",
  loading: <p role="status">Loading the quiz editor…</p>,
});

export function QuizEditorLoader({ courseId, quizId }: { courseId: string; quizId: string }) {
  return <QuizScreen courseId={courseId} quizId={quizId} />;
}
