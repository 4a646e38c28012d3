import { COMMON_PASSWORDS, COMMON_SEQUENCES } from "./common-passwords";

export const PASSWORD_MIN_LENGTH = 10;
export const PASSWORD_MAX_LENGTH = 200;

/** The hint shown under every new-password field. */
export const PASSWORD_HINT = `At least ${PASSWORD_MIN_LENGTH} characters. A short sentence you will remember works well, for example "blue kettle on the window sill". No special characters needed.`;

/**
 * Rules that help rather than annoy: a minimum length, no composition rules, and a refusal of
 * passwords attackers try first. Returns a message to show, or null when the password is fine.
 */
export function checkNewPassword(password: string, about: { email?: string; name?: string } = {}): string | null {
  const length = [...password].length;
  if (length < PASSWORD_MIN_LENGTH) {
    return `Use at least ${PASSWORD_MIN_LENGTH} characters (this one has ${length}). A few words in a row are easy to remember.`;
  }
  if (length > PASSWORD_MAX_LENGTH) return `Use at most ${PASSWORD_MAX_LENGTH} characters.`;
  const lower = password.normalize("NFKC").toLowerCase();
  const compact = lower.replace(/\s+/g, "");
  if (new Set(compact).size <= 2) return "This password repeats the same characters. Choose a few different words instead.";
  const stem = compact.replace(/^[\d\W_]+|[\d\W_]+$/g, "");
  if (COMMON_PASSWORDS.has(compact) || COMMON_PASSWORDS.has(stem) || stem.length === 0) return tooCommon;
  if (COMMON_SEQUENCES.some((sequence) => sequence.includes(compact) || (compact.length >= 6 && sequence.includes(stem) && stem.length >= 4))) return tooCommon;
  if (/^(.{1,4})\1+$/.test(compact)) return "This password repeats a short pattern. Choose a few different words instead.";
  const personal = [about.email?.toLowerCase(), about.email?.split("@")[0]?.toLowerCase(), about.name?.toLowerCase().replace(/\s+/g, "")];
  if (personal.some((value) => value && value.length >= 3 && (compact === value || stem === value))) {
    return "Your password should not be your name or email address.";
  }
  return null;
}

const tooCommon = "This password is one of the first that attackers try. Choose something less common, such as a few unrelated words.";
