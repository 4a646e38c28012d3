import { TRPCError } from "@trpc/server";

type Field = "name" | "email" | "password" | "form";

const FIELD_WORDS: Record<Field, string> = {
  name: "the coach's name",
  email: "the coach's email address",
  password: "the first password",
  form: "the coach account",
};

/**
 * The account rules speak to the person signing up ("Enter your name."); on the people page
 * the admin fills in someone else's details, so each message names the coach's field instead.
 */
export function coachFieldMessage(field: Field, message: string): string {
  if (field === "name") {
    if (message === "Enter your name.") return "Enter the coach's name.";
    return message.replace("your name", FIELD_WORDS.name);
  }
  if (field === "email") {
    if (message === "Enter your email address.") return "Enter the coach's email address.";
    if (message.startsWith("An account with this email already exists"))
      return "An account with this email address already exists. Use another email address for the coach.";
    return message.replace("This email address", "The coach's email address");
  }
  if (field === "password") return `First password: ${message}`;
  return message;
}

/**
 * The error for a coach account that could not be created: every field's problem (as the
 * field errors the form shows next to each field), the first one as the message.
 */
export function coachAccountError(errors: Partial<Record<Field, string>>): TRPCError {
  const issues = (Object.entries(errors) as [Field, string][]).map(([field, message]) => ({
    path: field === "form" ? [] : [field],
    message: coachFieldMessage(field, message),
  }));
  const first = issues[0]?.message ?? "The coach account could not be created.";
  const taken = errors.email?.includes("already exists") === true;
  return new TRPCError({
    code: taken ? "CONFLICT" : "BAD_REQUEST",
    message: first,
    cause: Object.assign(new Error("coach account refused"), { issues }),
  });
}
