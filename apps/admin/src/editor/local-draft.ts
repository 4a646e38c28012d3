import type { LessonDraft } from "./lesson-draft";

/**
 * Unsent changes kept in this browser (localStorage) so a closed tab, a crash or a lost network
 * loses nothing. Stored with the version they were based on and that version's text (the merge
 * base), so coming back after someone else saved becomes a merge, not an overwrite.
 */
export interface KeptDraft {
  draft: LessonDraft;
  baseVersion: number;
  base: LessonDraft;
}

const key = (lessonId: string) => `soleus-editor:lesson:${lessonId}`;

export function readKeptDraft(lessonId: string): KeptDraft | null {
  try {
    const raw = window.localStorage.getItem(key(lessonId));
    if (raw === null) return null;
    const parsed = JSON.parse(raw) as Partial<KeptDraft>;
    if (typeof parsed.baseVersion !== "number" || !parsed.draft || !parsed.base) return null;
    return parsed as KeptDraft;
  } catch {
    return null;
  }
}

export function keepDraft(lessonId: string, kept: KeptDraft): void {
  try {
    window.localStorage.setItem(key(lessonId), JSON.stringify(kept));
  } catch {
    // Storage full or switched off: the server save still runs; nothing else to do here.
  }
}

export function forgetKeptDraft(lessonId: string): void {
  try {
    window.localStorage.removeItem(key(lessonId));
  } catch {
    // As above.
  }
}
