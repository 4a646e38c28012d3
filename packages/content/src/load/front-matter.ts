import { parseYamlWithLines, type YamlWithLines } from "./yaml-with-lines";

export interface SplitLesson {
  frontMatter: YamlWithLines;
  body: string;
  /** Lines before the body: add to a body line to get the file line. */
  bodyLineOffset: number;
}

/** Split a lesson file into YAML front matter (between `---` lines at the top) and its Markdown body. */
export function splitFrontMatter(source: string): SplitLesson | { error: string } {
  const lines = source.replace(/\r\n?/g, "\n").split("\n");
  if (lines[0]?.trim() !== "---")
    return { error: "a lesson starts with YAML front matter between two --- lines" };
  const close = lines.findIndex((line, index) => index > 0 && line.trim() === "---");
  if (close < 0) return { error: "front matter is not closed with a --- line" };
  return {
    frontMatter: parseYamlWithLines(lines.slice(1, close).join("\n"), 2),
    body: lines.slice(close + 1).join("\n"),
    bodyLineOffset: close + 1,
  };
}
