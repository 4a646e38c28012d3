import { formFields, multipartBody } from "./html-form";
import type { HttpAnswer } from "./request";
import type { Visitor } from "./visitor";

export interface SignInOutcome {
  /** Signed in: the app redirected (303) and set its session cookie. */
  signedIn: boolean;
  /** The message the form showed instead (wrong password, limit, …). */
  message: string | undefined;
  /** The instances that served the form page and the form post. */
  servedBy: { page: string | undefined; post: string | undefined };
  answer: HttpAnswer;
}

/** The sign-in form's own alert text in a re-rendered sign-in page. */
function alertText(html: string): string | undefined {
  const match = /<[a-z]+\b[^>]*id="sign-in-alert"[^>]*>([\s\S]*?)<\/[a-z]+>/.exec(html);
  const text = match?.[1]?.replace(/<[^>]+>/g, "").trim();
  return text || undefined;
}

/**
 * Signs in with the password form exactly as a browser without JavaScript does: GET the
 * sign-in page, then POST the form (its hidden server-action fields, email and password) back
 * to the same address. The page and the post are separate requests, so they may land on
 * different instances.
 */
export async function signInWithForm(
  visitor: Visitor,
  email: string,
  password: string,
  signInPath = "/sign-in",
): Promise<SignInOutcome> {
  const page = await visitor.get(signInPath);
  if (page.status !== 200) throw new Error(`GET ${signInPath} answered ${page.status}`);
  const fields = formFields(page.body, "password");
  fields.set("email", email);
  fields.set("password", password);
  const { body, contentType } = await multipartBody(fields);
  const answer = await visitor.post(signInPath, body, contentType);
  const signedIn =
    answer.status === 303 &&
    (answer.headers["set-cookie"] ?? []).some((cookie) => /\.session=[^;]+/.test(cookie));
  return {
    signedIn,
    message: signedIn ? undefined : alertText(answer.body),
    servedBy: { page: page.servedBy, post: answer.servedBy },
    answer,
  };
}
