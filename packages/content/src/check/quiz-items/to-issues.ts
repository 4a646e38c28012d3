import type { LoadedYamlFile } from "../../load/load-course-from-files";
import type { Issue, Warning } from "../issues";
import type { QuizItemFinding } from "./course-context";

/** Findings of one quiz file as `content:check` issues (errors) and warnings, at their YAML lines. */
export function findingsToIssues(
  file: LoadedYamlFile<unknown>,
  findings: readonly QuizItemFinding[],
): { issues: Issue[]; warnings: Warning[] } {
  const issues: Issue[] = [];
  const warnings: Warning[] = [];
  for (const finding of findings) {
    const message =
      finding.questionId === null || finding.check === "stale-acknowledgement"
        ? finding.message
        : `question "${finding.questionId}": ${finding.message}`;
    const issue = {
      file: file.path,
      line: file.yaml.lineOf(finding.path),
      message,
      check: finding.check,
      advice: finding.advice,
    };
    if (finding.severity === "error") issues.push(issue);
    else
      warnings.push(
        finding.acknowledged === undefined
          ? issue
          : { ...issue, acknowledged: finding.acknowledged },
      );
  }
  return { issues, warnings };
}
