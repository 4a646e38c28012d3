/**
 * Unsent changes kept in this browser (localStorage) so a closed tab, a crash or a lost network
 * loses nothing. Stored with the version they were based on and that version's text (the merge
 * base), so coming back after someone else saved becomes a merge, not an overwrite.
 */
export interface KeptDraft<T> {
  draft: T;
  baseVersion: number;
  base: T;
}

/** `documentKey` names the document: "lesson:<id>", "quiz:<id>". */
const key = (documentKey: string) => `soleus-editor:${documentKey}`;

export function readKeptDraft<T>(documentKey: string): KeptDraft<T> | null {
  try {
    const raw = window.localStorage.getItem(key(documentKey));
    if (raw === null) return null;
    const parsed = JSON.parse(raw) as Partial<KeptDraft<T>>;
    if (typeof parsed.baseVersion !== "number" || !parsed.draft || !parsed.base) return null;
    return parsed as KeptDraft<T>;
  } catch {
    return null;
  }
}

export function keepDraft<T>(documentKey: string, kept: KeptDraft<T>): void {
  try {
    window.localStorage.setItem(key(documentKey), JSON.stringify(kept));
  } catch {
    // Storage full or switched off: the server save still runs; nothing else to do here.
  }
}

export function forgetKeptDraft(documentKey: string): void {
  try {
    window.localStorage.removeItem(key(documentKey));
  } catch {
    // As above.
  }
}
