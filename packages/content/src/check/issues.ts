/** One problem in a course file, reported as `file:line: message`. */
export interface Issue {
  /** Absolute path of the file. */
  file: string;
  /** 1-based line. */
  line: number;
  message: string;
  /** The item check that found it, when one did (e.g. "length-cue"). */
  check?: string;
  /** What to change, for a coach. */
  advice?: string;
}

/** A problem that does not block publishing; `acknowledged` holds the author's reason for keeping it. */
export interface Warning extends Issue {
  check: string;
  acknowledged?: string;
}

/** Order issues by file, then line, so output reads top to bottom. */
export function sortIssues<T extends Issue>(issues: readonly T[]): T[] {
  return [...issues].sort(
    (a, b) => a.file.localeCompare(b.file) || a.line - b.line || a.message.localeCompare(b.message),
  );
}

/** Turn zod issues into file issues at the YAML lines they point to. */
export function zodIssuesToIssues(
  file: string,
  issues: readonly { path: PropertyKey[]; message: string; code?: string; keys?: string[] }[],
  lineOf: (path: readonly PropertyKey[]) => number,
  prefix = "",
): Issue[] {
  return issues.map((issue) => {
    const path =
      issue.code === "unrecognized_keys" && issue.keys?.[0] !== undefined
        ? [...issue.path, issue.keys[0]]
        : issue.path;
    const where = issue.path.length > 0 ? `${issue.path.map(String).join(".")}: ` : "";
    return { file, line: lineOf(path), message: `${prefix}${where}${issue.message}` };
  });
}
