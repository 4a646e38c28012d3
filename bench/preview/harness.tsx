/**
 * The preview benchmark's page: a textarea and the admin app's LessonPreview, as an editor would
 * pair them. The textarea's value is React state; every change re-renders the preview.
 */
import { useState } from "react";
import { createRoot } from "react-dom/client";
import { LessonPreview } from "@soleus/learning-ui/lesson-preview";

declare global {
  interface Window {
    benchLesson: { title: string; summary: string; markdown: string };
  }
}

function Harness() {
  const [markdown, setMarkdown] = useState(window.benchLesson.markdown);
  return (
    <main className="site-main">
      <label htmlFor="body">Lesson body</label>
      <textarea
        id="body"
        rows={10}
        value={markdown}
        onChange={(event) => setMarkdown(event.target.value)}
      />
      <LessonPreview
        title={window.benchLesson.title}
        summary={window.benchLesson.summary}
        markdown={markdown}
        courseSlug="the-second-heart"
      />
    </main>
  );
}

const root = document.getElementById("root");
if (root) createRoot(root).render(<Harness />);
