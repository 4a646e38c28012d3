import { renderLesson } from "@soleus/content/render/pipeline";
import type { BodyDiagnostic } from "./markdown-editor";

/**
 * The content package's own diagnostics for a lesson body (unknown block, missing alt text,
 * broken link…), as offsets: the whole line a diagnostic names is marked.
 */
export function diagnoseBody(body: string, courseSlug: string): BodyDiagnostic[] {
  const { diagnostics } = renderLesson(body, { courseSlug });
  const starts = [0];
  for (let i = 0; i < body.length; i += 1) if (body[i] === "\n") starts.push(i + 1);
  return diagnostics.map((d) => {
    const from = starts[Math.max(0, d.line - 1)] ?? body.length;
    const nextLine = starts[d.line];
    const to = nextLine === undefined ? body.length : nextLine - 1;
    return { from, to: Math.max(from, to), message: d.message, severity: "error" };
  });
}
