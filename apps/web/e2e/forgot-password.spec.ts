import { expect, test } from "@playwright/test";
import { axeViolations } from "./axe";
import { linkFromEmail } from "./outbox";
import { PASSWORD, signIn, signUp } from "./quiz-helpers";

const NEW_PASSWORD = "tea by the garden window";

test("a learner who forgot their password resets it by an emailed link; every other device is signed out", async ({
  page,
  browser,
  baseURL,
}) => {
  const email = await signUp(page, "Reset Learner");
  // A second device, signed in too.
  const otherDevice = await browser.newContext({ baseURL });
  const other = await otherDevice.newPage();
  await signIn(other, email);

  const fresh = await browser.newContext({ baseURL });
  const forgetful = await fresh.newPage();
  await forgetful.goto("/sign-in");
  await forgetful.getByRole("link", { name: "Forgot your password?" }).click();
  await expect(forgetful.getByRole("heading", { name: "Forgot your password?" })).toBeVisible();
  expect(await axeViolations(forgetful)).toEqual([]);
  await forgetful.getByLabel("Email address").fill(email.toUpperCase());
  await forgetful.getByRole("button", { name: "Email me a reset link" }).click();
  await expect(forgetful.getByRole("status")).toContainText("If there is an account for");

  const link = await linkFromEmail(email, "Reset your Soleus password");
  await forgetful.goto(link);
  await expect(forgetful.getByRole("heading", { name: "Choose a new password" })).toBeVisible();
  // The same strength advice as on sign-up.
  await forgetful.getByLabel("New password").fill("password123456");
  await forgetful.getByRole("button", { name: "Save my new password" }).click();
  await expect(forgetful.locator("#reset-password-error")).toContainText(
    "similar to a commonly used password",
  );
  await expect(forgetful.getByLabel("New password")).toHaveAttribute("aria-invalid", "true");
  expect(await axeViolations(forgetful)).toEqual([]);

  await forgetful.getByLabel("New password").fill(NEW_PASSWORD);
  await forgetful.getByRole("button", { name: "Save my new password" }).click();
  await expect(forgetful).toHaveURL(/\/sign-in\?reset=1$/);
  await expect(forgetful.getByRole("status")).toContainText("Your new password is saved");
  await forgetful.getByLabel("Email address").first().fill(email);
  await forgetful.getByLabel("Password", { exact: true }).fill(PASSWORD);
  await forgetful.getByRole("button", { name: "Sign in" }).click();
  await expect(
    forgetful.getByRole("alert").filter({ hasText: "Wrong email or password." }),
  ).toBeVisible();
  await forgetful.getByLabel("Password", { exact: true }).fill(NEW_PASSWORD);
  await forgetful.getByRole("button", { name: "Sign in" }).click();
  await expect(forgetful.getByText("Signed in as Reset Learner")).toBeVisible();

  // Both older sessions ended.
  for (const device of [page, other]) {
    await device.goto("/progress");
    await expect(device.getByRole("link", { name: "Sign in" }).first()).toBeVisible();
  }
  // The link worked once.
  await forgetful.goto(link);
  await expect(forgetful.getByRole("heading", { name: "This link no longer works" })).toBeVisible();
  await Promise.all([otherDevice.close(), fresh.close()]);
});
