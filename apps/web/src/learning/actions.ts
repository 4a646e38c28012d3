"use server";
import { redirect } from "next/navigation";
import { quizAddressSchema } from "@soleus/api/routers/attempts/attempts.schema";
import { isUnauthorized } from "./api-errors";
import { learnerApi } from "./learner-api";
import { attemptPath, quizPath, signInPath } from "./paths";

function field(form: FormData, name: string): string {
  const value = form.get(name);
  return typeof value === "string" ? value.slice(0, 200) : "";
}

/**
 * Starts (or resumes) the learner's attempt and opens it. A plain form posts here, so it works
 * without JavaScript; server actions are POST-only and origin-checked by Next.js.
 */
export async function startQuizAction(form: FormData): Promise<void> {
  const address = quizAddressSchema.safeParse({
    course: field(form, "course"),
    quiz: field(form, "quiz"),
  });
  if (!address.success) redirect("/courses");
  let attemptId: string;
  try {
    attemptId = (await (await learnerApi()).attempts.start(address.data)).attemptId;
  } catch (error) {
    if (isUnauthorized(error))
      redirect(signInPath(quizPath(address.data.course, address.data.quiz)));
    const code = (error as { code?: unknown } | null)?.code;
    redirect(
      `${quizPath(address.data.course, address.data.quiz)}?problem=${code === "FORBIDDEN" ? "no-attempts-left" : "start-failed"}`,
    );
  }
  redirect(attemptPath(attemptId));
}
