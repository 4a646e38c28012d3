"use server";
import { cookies, headers } from "next/headers";
import { redirect } from "next/navigation";
import {
  setUpFirstAdmin,
  signInFromRequest,
  signOutFromRequest,
} from "@soleus/api/session/account";
import type { SignInFormState } from "@soleus/ui/password-sign-in-form";
import { safeNext } from "@soleus/api/session/safe-next";

export interface SetupFormState {
  errors?: Partial<Record<"name" | "email" | "password" | "form", string>>;
  values?: { name: string; email: string };
}

function text(form: FormData, name: string): string {
  const value = form.get(name);
  return typeof value === "string" ? value.slice(0, 1000) : "";
}

/** Password sign-in for coaches and admins (learners are told to use the learner site). */
export async function signInAction(
  _state: SignInFormState,
  form: FormData,
): Promise<SignInFormState> {
  const email = text(form, "email");
  const result = await signInFromRequest(await headers(), "admin", {
    email,
    password: text(form, "password"),
  });
  if (!result.ok) return { error: result.errors.form ?? "Wrong email or password.", email };
  (await cookies()).set(result.cookie.name, result.cookie.value, result.cookie.options);
  redirect(safeNext(form.get("next")));
}

/** First run only: creates the first admin and signs them in. */
export async function setUpAction(_state: SetupFormState, form: FormData): Promise<SetupFormState> {
  const values = { name: text(form, "name"), email: text(form, "email") };
  const result = await setUpFirstAdmin({ ...values, password: text(form, "password") });
  if (!result.ok) {
    if ("alreadySetUp" in result)
      return {
        errors: { form: "Soleus Admin is already set up. Please sign in instead." },
        values,
      };
    return { errors: result.errors, values };
  }
  (await cookies()).set(result.cookie.name, result.cookie.value, result.cookie.options);
  redirect("/");
}

/** Signs out on this device. */
export async function signOutAction(): Promise<void> {
  const cleared = await signOutFromRequest(await headers(), "admin");
  (await cookies()).set(cleared.name, cleared.value, cleared.options);
  redirect("/sign-in");
}
