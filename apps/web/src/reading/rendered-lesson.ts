import { renderLesson, type RenderedLesson } from "@soleus/content/render/pipeline";

const MAX_ENTRIES = 200;
const rendered = new Map<string, RenderedLesson>();

/**
 * Render a published lesson revision once per process. Revisions are immutable, so the result
 * for a revision id never goes stale; the map is bounded and only saves work (every instance
 * may hold its own copy).
 */
export function renderPublishedLesson(
  revisionId: string,
  markdown: string,
  courseSlug: string,
): RenderedLesson {
  const key = `${courseSlug}/${revisionId}`;
  const hit = rendered.get(key);
  if (hit) return hit;
  const result = renderLesson(markdown, { courseSlug, mediaBaseUrl: "/media" });
  if (rendered.size >= MAX_ENTRIES) {
    const oldest = rendered.keys().next().value;
    if (oldest !== undefined) rendered.delete(oldest);
  }
  rendered.set(key, result);
  return result;
}
