import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { diagnoseLessonMarkdown } from "./diagnose-lesson";

const context = { courseSlug: "the-second-heart" };
const intro = "## Why it matters\n\nShort words help.\n\n";

const cases: { name: string; markdown: string; message: RegExp; span: string }[] = [
  {
    name: "unknown container block",
    markdown: `${intro}:::video\nWatch this.\n:::\n`,
    message: /unknown block ":::video"/,
    span: ":::video\nWatch this.\n:::",
  },
  {
    name: "unknown leaf block",
    markdown: `${intro}::video{src="x"}\n`,
    message: /unknown block "::video"/,
    span: '::video{src="x"}',
  },
  {
    name: "image without alt text",
    markdown: `${intro}![](images/calf-pump-steps.svg)\n`,
    message: /image needs alt text/,
    span: "![](images/calf-pump-steps.svg)",
  },
  {
    name: "figure without alt text",
    markdown: `${intro}::figure{src="images/calf-pump-steps.svg" caption="Steps"}\n`,
    message: /image needs alt text/,
    span: '::figure{src="images/calf-pump-steps.svg" caption="Steps"}',
  },
  {
    name: "broken section link",
    markdown: `${intro}See [how to start](#how-to-start) first.\n`,
    message: /link to "#how-to-start" goes nowhere/,
    span: "[how to start](#how-to-start)",
  },
  {
    name: "refused link",
    markdown: `${intro}[x](javascript:alert(1))\n`,
    message: /only http\(s\), mailto/,
    span: "[x](javascript:alert(1))",
  },
  {
    name: "raw HTML",
    markdown: `${intro}<div>hi</div>\n`,
    message: /raw HTML is not allowed/,
    span: "<div>hi</div>",
  },
  {
    name: "top-level heading",
    markdown: `# Title\n\n${intro}`,
    message: /use ## for sections/,
    span: "# Title",
  },
  {
    name: "exercise YAML problem (the whole line)",
    markdown: `${intro}\`\`\`exercise\nid: lift\nname: Lift\nstart: Stand.\nsteps:\n  - Lift.\nreps: lots\nsets: 2\ntempo: Slow.\nfeel: Warm.\nsafety:\n  - Stop if it hurts.\neasier: Less.\nharder: More.\n\`\`\`\n`,
    message: /exercise: reps/,
    span: "reps: lots",
  },
];

describe("diagnoseLessonMarkdown", () => {
  it.each(cases)("$name: reported over its own source", ({ markdown, message, span }) => {
    const diagnostics = diagnoseLessonMarkdown(markdown, context);
    const found = diagnostics.find((d) => message.test(d.message));
    expect(found, JSON.stringify(diagnostics)).toBeDefined();
    if (!found) return;
    expect(markdown.slice(found.from, found.to)).toBe(span);
    expect(found.severity).toBe("error");
    expect(found.line).toBe(markdown.slice(0, found.from).split("\n").length);
  });

  it.each([
    ["a link to a heading of the lesson", `${intro}See [above](#why-it-matters).\n`],
    ["a footnote", `${intro}A fact.[^1]\n\n[^1]: Its source.\n`],
    ["an image with alt text", `${intro}![Calf muscles](images/calf-pump-steps.svg)\n`],
    ["plain prose", intro],
  ])("reports nothing for %s", (_name, markdown) => {
    expect(diagnoseLessonMarkdown(markdown, context)).toEqual([]);
  });

  it("reports a reading grade over the limit over the whole body, as content:check does", () => {
    const markdown = `${intro}Extraordinarily complicated physiological considerations.\n`;
    const [grade] = diagnoseLessonMarkdown(markdown, { ...context, readingGradeLimit: 0 });
    expect(grade?.message).toMatch(/reading grade .* is above the limit 0\.0/);
    expect([grade?.from, grade?.to]).toEqual([0, markdown.length]);
  });

  it("returns problems in document order", () => {
    const markdown = `${intro}::video\n\n![](images/a.svg)\n\n:::nope\nx\n:::\n`;
    const froms = diagnoseLessonMarkdown(markdown, context).map((d) => d.from);
    expect(froms).toEqual([...froms].sort((a, b) => a - b));
    expect(froms).toHaveLength(3);
  });

  it("finds nothing in the built-in course's lessons (content:check passes them)", () => {
    const lessonsDir = fileURLToPath(
      new URL("../../courses/the-second-heart/lessons", import.meta.url),
    );
    for (const file of readdirSync(lessonsDir).filter((name) => name.endsWith(".md"))) {
      const source = readFileSync(path.join(lessonsDir, file), "utf8");
      const body = source.replace(/^---\n[\s\S]*?\n---\n/, "");
      expect(diagnoseLessonMarkdown(body, context), file).toEqual([]);
    }
  });
});

describe("the module is browser-safe", () => {
  it("imports no node: module, directly or through the files it imports", () => {
    const seen = new Set<string>();
    const visit = (file: string): string[] => {
      if (seen.has(file)) return [];
      seen.add(file);
      const source = readFileSync(file, "utf8");
      return [...source.matchAll(/^import (?!type)[^"']*["']([^"']+)["']/gm)].flatMap((match) => {
        const specifier = match[1] ?? "";
        if (specifier.startsWith("node:")) return [`${path.basename(file)}: ${specifier}`];
        if (!specifier.startsWith(".")) return [];
        return visit(path.resolve(path.dirname(file), `${specifier}.ts`));
      });
    };
    expect(visit(fileURLToPath(new URL("./diagnose-lesson.ts", import.meta.url)))).toEqual([]);
  });
});
