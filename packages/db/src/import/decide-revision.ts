export type RevisionSource = "import" | "editor";

export interface RevisionHistory {
  /** Newest revision first. */
  revisions: { revision: number; source: RevisionSource; contentHash: string }[];
  /**
   * A coach acted outside the files: the draft holds unpublished changes, or a coach unpublished
   * or archived the content.
   */
  coachEdited?: boolean;
}

export type ImportDecision =
  { action: "unchanged" } | { action: "create"; revision: number; publish: boolean };

/**
 * What importing a file with `fileHash` does to one lesson, quiz or course:
 * nothing when the file is what was last imported; otherwise a new revision, published
 * only when nobody edited the content in the admin app since the last import (no editor
 * revision and no changed draft), so an import never overwrites a coach's work. Files are
 * one more author: a kept-back revision is offered to the coach ("the built-in source changed").
 */
export function decideRevision(history: RevisionHistory, fileHash: string): ImportDecision {
  const [latest] = history.revisions;
  if (!latest) return { action: "create", revision: 1, publish: true };
  const lastImport = history.revisions.find((revision) => revision.source === "import");
  if (lastImport?.contentHash === fileHash) return { action: "unchanged" };
  const edited = latest.source === "editor" || history.coachEdited === true;
  return { action: "create", revision: latest.revision + 1, publish: !edited };
}
