import type { AppName } from "@soleus/auth/cookies";
import { signInFromRequest, type SessionCookie } from "./account";
import { safeNext } from "./safe-next";

const MAX_FIELD_LENGTH = 1000;

/** What a form that creates an account shows back: each field's problem and what was typed. */
export interface NewAccountFormState {
  errors?: Partial<Record<"name" | "email" | "password" | "form", string>>;
  values?: { name: string; email: string };
}

/** One text field of a submitted form, capped; anything else is "". */
export function formText(form: FormData, name: string): string {
  const value = form.get(name);
  return typeof value === "string" ? value.slice(0, MAX_FIELD_LENGTH) : "";
}

/** The sign-in form of either app: the cookie and where to go, or the message to show. */
export async function signInWithForm(
  headers: Headers,
  app: AppName,
  form: FormData,
): Promise<
  { ok: true; cookie: SessionCookie; next: string } | { ok: false; error: string; email: string }
> {
  const email = formText(form, "email");
  const result = await signInFromRequest(headers, app, {
    email,
    password: formText(form, "password"),
  });
  if (!result.ok)
    return { ok: false, error: result.errors.form ?? "Wrong email or password.", email };
  return { ok: true, cookie: result.cookie, next: safeNext(form.get("next")) };
}
