import { z } from "zod";

/**
 * NUL, or half of a UTF-16 surrogate pair on its own. PostgreSQL refuses both in text and
 * jsonb, so a string holding one would fail at the database (a 500) instead of at the form.
 * With the `u` flag a well-formed pair is one code point and never matches.
 */
// eslint-disable-next-line no-control-regex -- NUL is exactly what this finds
const UNSTORABLE_CHARACTER = /[\u0000\uD800-\uDFFF]/u;

export const UNSTORABLE_TEXT_MESSAGE =
  "This text contains a character that cannot be saved (an invisible null character or half of an emoji). Remove it and try again.";

/** True when PostgreSQL can store the string as text or inside jsonb. */
export function isStorableText(value: string): boolean {
  return !UNSTORABLE_CHARACTER.test(value);
}

/**
 * The one schema for text a person types (answers, names, emails, passwords, searches):
 * a string the database can store, refused with a clear message otherwise. Chain the
 * field's own rules after it: `safeText().trim().min(1, "Enter your name.").max(100)`.
 */
export function safeText() {
  return z.string().refine(isStorableText, { message: UNSTORABLE_TEXT_MESSAGE, abort: true });
}
