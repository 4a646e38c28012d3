import { estimatePassword } from "./password-strength";

export const PASSWORD_MIN_LENGTH = 10;
export const PASSWORD_MAX_LENGTH = 200;
/** zxcvbn's score from 0 to 4; 3 is "safely unguessable", even if the hashes were stolen. */
export const PASSWORD_MIN_SCORE = 3;

/** The hint shown under every new-password field. */
export const PASSWORD_HINT = `At least ${PASSWORD_MIN_LENGTH} characters. A short sentence you will remember works well, for example "blue kettle on the window sill". No special characters needed.`;

/** What the person's own details contribute: their email, its first part and their name's words. */
function personalWords(about: { email?: string; name?: string }): string[] {
  const email = about.email?.trim().toLowerCase() ?? "";
  const name = about.name?.trim().toLowerCase() ?? "";
  return [email, email.split("@")[0] ?? "", name, ...name.split(/\s+/)].filter(
    (word) => word.length >= 3,
  );
}

/**
 * Rules that help rather than annoy (decision 0019): a minimum length, no composition rules, and
 * zxcvbn's estimate, which knows the passwords found in breaches, common words, names, keyboard
 * patterns and the person's own name and email. Returns the advice to show, or null when fine.
 */
export function checkNewPassword(
  password: string,
  about: { email?: string; name?: string } = {},
): string | null {
  const length = Array.from(password).length; // characters, not UTF-16 units
  if (length < PASSWORD_MIN_LENGTH) {
    return `Use at least ${PASSWORD_MIN_LENGTH} characters (this one has ${length}). A few words in a row are easy to remember.`;
  }
  if (length > PASSWORD_MAX_LENGTH) return `Use at most ${PASSWORD_MAX_LENGTH} characters.`;
  const estimate = estimatePassword(password.normalize("NFKC"), personalWords(about));
  if (estimate.score >= PASSWORD_MIN_SCORE) return null;
  const advice = [estimate.feedback.warning, ...estimate.feedback.suggestions].filter(
    (line): line is string => Boolean(line),
  );
  return [
    "This password would be easy to guess.",
    ...advice,
    advice.length === 0 ? "Add another word or two that are not common." : "",
  ]
    .filter(Boolean)
    .join(" ");
}
