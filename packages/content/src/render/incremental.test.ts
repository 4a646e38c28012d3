import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { createIncrementalLessonRenderer, lessonSections } from "./incremental";
import { renderLessonTree } from "./pipeline";
import { exercise, xssVectors } from "./testing/xss-vectors";

const coursesDir = path.resolve(import.meta.dirname, "../../courses");
const lessons = readdirSync(coursesDir).flatMap((course) =>
  readdirSync(path.join(coursesDir, course, "lessons"))
    .filter((file) => file.endsWith(".md"))
    .map((file) => ({
      name: `${course}/${file}`,
      body: readFileSync(path.join(coursesDir, course, "lessons", file), "utf8").replace(
        /^---\n[\s\S]*?\n---\n/,
        "",
      ),
    })),
);
const options = { courseSlug: "the-second-heart" };

/** Edits a coach might make, each applied to the text before it (one editor session). */
function edits(body: string): string[] {
  const middle = body.indexOf("\n\n", Math.floor(body.length / 2));
  const steps = [
    body,
    `${body.slice(0, middle)} zqword${body.slice(middle)}`,
    `${body.slice(0, middle)}\n\n## A new heading\n\nNew text.${body.slice(middle)}`,
    // An unclosed fence and an unclosed block swallow everything after them.
    `${body.slice(0, middle)}\n\n\`\`\`\n## not a heading${body.slice(middle)}`,
    `${body.slice(0, middle)}\n\n:::callout\n\n## inside the block${body.slice(middle)}`,
    `${body.slice(0, middle)}\n\n${exercise("name: Extra\nsets: 2\nreps: 5")}\n\n## After${body.slice(middle)}`,
    // A reference definition in one section, used in another.
    `[walk]: https://example.org/walk\n\n${body}\n\n## Links\n\nSee [walk][] and a note[^1].\n\n[^1]: A footnote.`,
    body.replace(/\n#/g, "\n\n#"),
    `# Top\n${body}`,
    "",
    body,
  ];
  return steps;
}

describe("incremental lesson rendering gives exactly renderLessonTree's result", () => {
  it("splits the longest lessons into several sections that join back to the text", () => {
    for (const lesson of lessons) {
      const sections = lessonSections(lesson.body);
      expect(sections.map((section) => section.text).join("")).toBe(lesson.body);
      expect(sections.length, lesson.name).toBeGreaterThan(2);
    }
  });

  for (const lesson of lessons) {
    it(`${lesson.name}, through a sequence of edits`, () => {
      const render = createIncrementalLessonRenderer();
      for (const text of edits(lesson.body)) {
        expect(render(text, options)).toEqual(renderLessonTree(text, options));
      }
    });
  }

  it("the sanitiser's XSS vectors, typed one after another", () => {
    const render = createIncrementalLessonRenderer();
    let text = lessons[0]?.body ?? "";
    for (const [, vector] of xssVectors) {
      text = `${text}\n\n## Section\n\n${vector}`;
      expect(render(text, options)).toEqual(renderLessonTree(text, options));
    }
  });
});
