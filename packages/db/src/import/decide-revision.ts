export type RevisionSource = "import" | "editor";

export interface RevisionHistory {
  /** Newest revision first. */
  revisions: { revision: number; source: RevisionSource; contentHash: string }[];
}

export type ImportDecision =
  { action: "unchanged" } | { action: "create"; revision: number; publish: boolean };

/**
 * What importing a file with `fileHash` does to one lesson, quiz or course:
 * nothing when the file is what was last imported; otherwise a new revision, published
 * only when nobody edited the content in the admin app since the last import, so an
 * import never overwrites a coach's work.
 */
export function decideRevision(history: RevisionHistory, fileHash: string): ImportDecision {
  const [latest] = history.revisions;
  if (!latest) return { action: "create", revision: 1, publish: true };
  const lastImport = history.revisions.find((revision) => revision.source === "import");
  if (lastImport?.contentHash === fileHash) return { action: "unchanged" };
  return { action: "create", revision: latest.revision + 1, publish: latest.source === "import" };
}
