import { describe, expect, it } from "vitest";
import { diagnoseLessonMarkdown } from "@soleus/content/check/diagnose-lesson";
import { blockTemplates } from "./block-templates";

describe("the toolbar's block templates", () => {
  it.each(blockTemplates.map((block) => [block.label, block.text]))(
    "%s is a valid block as inserted (the content package's own check finds nothing)",
    (_, text) => {
      const markdown = `Some plain words to start the lesson.\n\n${text}\n`;
      expect(diagnoseLessonMarkdown(markdown, { courseSlug: "the-second-heart" })).toEqual([]);
    },
  );
});
