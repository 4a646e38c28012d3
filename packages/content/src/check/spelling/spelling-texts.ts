import type { LoadedCourseFiles } from "../../load/load-course-from-files";
import type { YamlWithLines } from "../../load/yaml-with-lines";

/** A piece of course text to spell-check, with the file line where it starts. */
export interface SpellingText {
  file: string;
  line: number;
  text: string;
}

// Keys whose values are ids, slugs, enums or patterns, not prose. `accepted` answers may list
// learners' misspellings on purpose, so they are not spell-checked either.
const NOT_PROSE = new Set([
  "id",
  "type",
  "slug",
  "lesson",
  "anchor",
  "quiz",
  "finalQuiz",
  "tags",
  "pattern",
  "kind",
  "scoring",
  "check",
  "settings",
  "accepted",
  "pairs",
]);
// Lists of slugs in questions and lessons, but of titled objects in course.yaml: skip only their strings.
const SLUG_LISTS = new Set(["objectives", "lessons"]);

function proseStrings(file: string, yaml: YamlWithLines): SpellingText[] {
  const texts: SpellingText[] = [];
  const walk = (value: unknown, path: PropertyKey[], slugs: boolean): void => {
    if (typeof value === "string") {
      if (!slugs) texts.push({ file, line: yaml.lineOf(path), text: value });
    } else if (Array.isArray(value))
      value.forEach((item, index) => walk(item, [...path, index], slugs));
    else if (value !== null && typeof value === "object") {
      for (const [key, item] of Object.entries(value))
        if (!NOT_PROSE.has(key)) walk(item, [...path, key], SLUG_LISTS.has(key));
    }
  };
  walk(yaml.value, [], false);
  return texts;
}

/** Every prose text of a course a learner reads: YAML strings (not ids or answers) and lesson bodies. */
export function spellingTexts(loaded: LoadedCourseFiles): SpellingText[] {
  const texts: SpellingText[] = [];
  if (loaded.courseFile)
    texts.push(...proseStrings(loaded.courseFile.path, loaded.courseFile.yaml));
  for (const lesson of loaded.lessons) {
    texts.push(...proseStrings(lesson.path, lesson.yaml));
    texts.push({
      file: lesson.path,
      line: lesson.bodyLineOffset + 1,
      text: lesson.data.body,
    });
  }
  for (const quiz of loaded.quizzes.values()) texts.push(...proseStrings(quiz.path, quiz.yaml));
  return texts;
}
