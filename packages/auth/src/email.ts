import { z } from "zod";
import { safeText } from "@soleus/quiz-engine/schemas/safe-text";

/** Emails are compared and stored trimmed and lower-cased: one person, one account. */
export function normaliseEmail(email: string): string {
  return email.trim().toLowerCase();
}

export const emailSchema = safeText()
  .trim()
  .min(1, "Enter your email address.")
  .max(254, "This email address is too long.")
  .regex(z.regexes.email, "Enter an email address like name@example.com.")
  .transform(normaliseEmail);
