import "server-only";
import { lessonAddressSchema } from "@soleus/api/content/inputs";
import { readPublishedLesson } from "@soleus/app-runtime/prerender";
import { renderPublishedLesson } from "~/reading/rendered-lesson";

type Section = { lesson: string; anchor: string };

/**
 * The real heading text of each section (by `lesson#anchor`), read from the published lessons'
 * headings as the reader shows them: "The Achilles tendon", not "the achilles tendon". A section
 * whose heading is gone is left out (callers fall back to the lesson title).
 */
export async function sectionTitles(
  course: string,
  sections: readonly Section[],
): Promise<Map<string, string>> {
  const titles = new Map<string, string>();
  const lessons = [...new Set(sections.map((s) => s.lesson))];
  await Promise.all(
    lessons.map(async (lesson) => {
      const address = lessonAddressSchema.safeParse({ course, lesson });
      if (!address.success) return;
      const found = await readPublishedLesson(address.data.course, address.data.lesson);
      if (!found) return;
      const { toc } = renderPublishedLesson(
        found.lesson.revisionId,
        found.lesson.bodyMarkdown,
        found.course.slug,
      );
      for (const entry of toc) titles.set(`${lesson}#${entry.anchor}`, entry.text);
    }),
  );
  return titles;
}
