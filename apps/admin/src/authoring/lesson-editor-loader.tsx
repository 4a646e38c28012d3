"use client";
import dynamic from "next/dynamic";

// The editor (CodeMirror, jsdiff) is its own chunk, loaded only on this route.
const LessonScreen = dynamic(() => import("./lesson-screen").then((m) => m.LessonScreen), {
  ssr: false,
  loading: () => <p role="status">Loading the editor…</p>,
});

export function LessonEditorLoader({ courseId, lessonId }: { courseId: string; lessonId: string }) {
  return <LessonScreen courseId={courseId} lessonId={lessonId} />;
}
