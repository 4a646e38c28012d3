import type { LoadedCourseFiles } from "../load/load-course-from-files";
import type { YamlWithLines } from "../load/yaml-with-lines";
import type { RenderedLesson } from "../render/pipeline";
import type { LocatedText } from "./seed-copy";

function yamlStrings(file: string, yaml: YamlWithLines): LocatedText[] {
  const result: LocatedText[] = [];
  const walk = (value: unknown, path: PropertyKey[]): void => {
    if (typeof value === "string") result.push({ file, line: yaml.lineOf(path), text: value });
    else if (Array.isArray(value)) value.forEach((item, index) => walk(item, [...path, index]));
    else if (value && typeof value === "object")
      for (const [key, item] of Object.entries(value)) walk(item, [...path, key]);
  };
  walk(yaml.value, []);
  return result;
}

/** Every piece of learner-facing text in a course with its file and line: YAML strings and lesson prose. */
export function courseTexts(
  loaded: LoadedCourseFiles,
  rendered: ReadonlyMap<string, RenderedLesson>,
): LocatedText[] {
  const texts: LocatedText[] = [];
  if (loaded.courseFile) texts.push(...yamlStrings(loaded.courseFile.path, loaded.courseFile.yaml));
  for (const lesson of loaded.lessons) {
    texts.push(...yamlStrings(lesson.path, lesson.yaml));
    for (const segment of rendered.get(lesson.data.slug)?.prose ?? []) {
      texts.push({
        file: lesson.path,
        line: segment.line + lesson.bodyLineOffset,
        text: segment.text,
      });
    }
  }
  for (const quiz of loaded.quizzes.values()) texts.push(...yamlStrings(quiz.path, quiz.yaml));
  return texts;
}
