import type { HeaderPerson } from "~/auth/account-menu-view";

/**
 * What a prerendered lesson page asks for once it runs in the browser: who is reading (for the
 * header) and when they marked this lesson complete. Nobody's data but the reader's own.
 */
export interface ReaderState {
  person: HeaderPerson | null;
  /** ISO date-time, or null when not marked complete (or nobody is signed in). */
  completedAt: string | null;
}

/** Where a page reads (GET) and the "Mark complete" form posts (POST) for one lesson. */
export const readerStatePath = (course: string, lesson: string) =>
  `/api/reading/${encodeURIComponent(course)}/${encodeURIComponent(lesson)}`;
