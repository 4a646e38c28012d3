"use server";
import { cookies, headers } from "next/headers";
import { redirect } from "next/navigation";
import {
  signInFromRequest,
  signOutFromRequest,
  signUpFromRequest,
} from "@soleus/api/session/account";
import type { SignInFormState } from "@soleus/ui/password-sign-in-form";
import { safeNext } from "@soleus/api/session/safe-next";

export interface SignUpFormState {
  errors?: Partial<Record<"name" | "email" | "password" | "form", string>>;
  values?: { name: string; email: string };
}

function text(form: FormData, name: string): string {
  const value = form.get(name);
  return typeof value === "string" ? value.slice(0, 1000) : "";
}

/** Password sign-in. Server actions are POST-only and checked for same origin by Next.js. */
export async function signInAction(
  _state: SignInFormState,
  form: FormData,
): Promise<SignInFormState> {
  const email = text(form, "email");
  const result = await signInFromRequest(await headers(), "web", {
    email,
    password: text(form, "password"),
  });
  if (!result.ok) return { error: result.errors.form ?? "Wrong email or password.", email };
  (await cookies()).set(result.cookie.name, result.cookie.value, result.cookie.options);
  redirect(safeNext(form.get("next")));
}

/** Learner sign-up, then signed in straight away. */
export async function signUpAction(
  _state: SignUpFormState,
  form: FormData,
): Promise<SignUpFormState> {
  const values = { name: text(form, "name"), email: text(form, "email") };
  const result = await signUpFromRequest({ ...values, password: text(form, "password") });
  if (!result.ok) return { errors: result.errors, values };
  (await cookies()).set(result.cookie.name, result.cookie.value, result.cookie.options);
  redirect(safeNext(form.get("next")));
}

/** Signs out on this device. */
export async function signOutAction(): Promise<void> {
  const cleared = await signOutFromRequest(await headers(), "web");
  (await cookies()).set(cleared.name, cleared.value, cleared.options);
  redirect("/?signed-out=1");
}
