import http from "node:http";
import { expect, test, type Page } from "@playwright/test";
import { urls } from "../../../e2e.urls";
import { signUp } from "./quiz-helpers";

const TOO_LARGE = "What you sent is larger than 1 MB";
const twoMegabytes = "x".repeat(2 * 1024 * 1024);

/** Puts 2 MB into the sign-up form's name field (no typing: the value is set directly). */
async function fillHugeName(page: Page) {
  await page.getByLabel("Your name").evaluate((input, value) => {
    (input as HTMLInputElement).value = value;
  }, twoMegabytes);
  await page.getByLabel("Email address").fill("huge@example.org");
  await page.getByLabel("Choose a password").fill("walking up the stairs daily");
}

test("an attempt that does not exist, or is not an attempt id, is a 404 page", async ({ page }) => {
  await signUp(page, "Status Learner");
  for (const url of [
    `/attempts/${crypto.randomUUID()}`,
    `/attempts/${crypto.randomUUID()}/result`,
    "/attempts/not-an-id",
  ]) {
    const response = await page.goto(url);
    expect(response?.status(), url).toBe(404);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("We could not find that page");
  }
});

test("a sign-up form over 1 MB is refused with 413, with JavaScript on or off", async ({
  page,
  browser,
}) => {
  await page.goto("/sign-up");
  await fillHugeName(page);
  const posted = page.waitForResponse((response) => response.request().method() === "POST");
  await page.getByRole("button", { name: "Create account" }).click();
  expect((await posted).status()).toBe(413);

  const noScript = await browser.newContext({ javaScriptEnabled: false });
  const plain = await noScript.newPage();
  await plain.goto(`${urls.web}/sign-up`);
  await fillHugeName(plain);
  const [response] = await Promise.all([
    plain.waitForResponse((r) => r.request().method() === "POST"),
    plain.getByRole("button", { name: "Create account" }).click(),
  ]);
  expect(response.status()).toBe(413);
  await expect(plain.getByText(TOO_LARGE)).toBeVisible();
  await noScript.close();
});

test("a body over 1 MB sent without a length (chunked) is refused with 413 too, on both apps", async () => {
  for (const origin of [urls.web, urls.admin]) {
    const status = await new Promise<number | undefined>((resolve, reject) => {
      const request = http.request(
        `${origin}/sign-in`,
        {
          method: "POST",
          headers: { "content-type": "text/plain;charset=UTF-8", "transfer-encoding": "chunked" },
        },
        (response) => {
          response.resume();
          resolve(response.statusCode);
        },
      );
      request.on("error", reject);
      for (let sent = 0; sent < 2; sent += 1) request.write(twoMegabytes.slice(0, 1024 * 1024));
      request.end();
    });
    expect(status, origin).toBe(413);
  }
});
