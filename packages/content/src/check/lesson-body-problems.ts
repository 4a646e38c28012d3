import type { RenderedLesson } from "../render/pipeline";
import type { RenderDiagnostic } from "../render/diagnostics";

/**
 * The problems of a rendered lesson body, with their lines and character offsets: everything
 * the renderer reported (unknown blocks, missing alt text, refused links and images, broken
 * section links, exercise YAML) and a reading grade above the limit (over the whole body).
 * Browser-safe: `content:check` (through `checkLesson`) and the editor's inline diagnostics both use it.
 */
export function lessonBodyProblems(
  rendered: RenderedLesson,
  body: string,
  readingGradeLimit: number,
): RenderDiagnostic[] {
  const problems = [...rendered.diagnostics];
  const { grade, words, sentences } = rendered.readingGrade;
  if (grade > readingGradeLimit) {
    problems.push({
      line: 1,
      from: 0,
      to: body.length,
      message: `reading grade ${grade.toFixed(1)} is above the limit ${readingGradeLimit.toFixed(1)} (${words} words in ${sentences} sentences): use shorter sentences and plainer words`,
    });
  }
  return problems;
}
