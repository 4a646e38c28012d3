"use client";
import { lazyPart } from "@soleus/ui/lazy-part";

// The editor (CodeMirror, jsdiff) is its own chunk, loaded only on this route.
// Offline before it loads: it says so and loads once back online, instead of the error page.
const LessonScreen = lazyPart(() => import("./lesson-screen").then((m) => m.LessonScreen), {
  what: "The lesson editor",
  loading: <p role="status">Loading the editor…</p>,
});

export function LessonEditorLoader({ courseId, lessonId }: { courseId: string; lessonId: string }) {
  return <LessonScreen courseId={courseId} lessonId={lessonId} />;
}
