import { request as httpRequest } from "node:http";
import { expect, test } from "@playwright/test";
import { urls } from "../../../e2e.urls";

interface Answer {
  status: number;
  location: string;
  cookies: string[];
  body: string;
}

/** One HTTP request from a chosen loopback address (a real socket address the app sees), redirects not followed. */
function send(
  from: string,
  path: string,
  options: { method?: string; headers?: Record<string, string>; body?: string } = {},
): Promise<Answer> {
  return new Promise((resolve, reject) => {
    const target = new URL(path, urls.web);
    const call = httpRequest(
      {
        host: target.hostname,
        port: target.port,
        path: `${target.pathname}${target.search}`,
        method: options.method ?? "GET",
        localAddress: from,
        headers: options.headers,
      },
      (response) => {
        let body = "";
        response.on("data", (chunk: Buffer) => (body += chunk.toString()));
        response.on("end", () =>
          resolve({
            status: response.statusCode ?? 0,
            location: response.headers.location ?? "",
            cookies: response.headers["set-cookie"] ?? [],
            body,
          }),
        );
      },
    );
    call.on("error", reject);
    call.end(options.body);
  });
}

/** Asks for a sign-in link the way the sign-in form does, from `from`, claiming `forwardedFor`. */
async function askForLink(from: string, email: string, forwardedFor?: string): Promise<string> {
  const spoof: Record<string, string> = forwardedFor ? { "x-forwarded-for": forwardedFor } : {};
  const csrf = await send(from, "/api/auth/csrf", { headers: spoof });
  const { csrfToken } = JSON.parse(csrf.body) as { csrfToken: string };
  const cookie = csrf.cookies.map((line) => line.split(";")[0]).join("; ");
  const answer = await send(from, "/api/auth/signin/nodemailer", {
    method: "POST",
    headers: {
      ...spoof,
      cookie,
      origin: urls.web,
      "content-type": "application/x-www-form-urlencoded",
    },
    body: new URLSearchParams({ csrfToken, email, callbackUrl: `${urls.web}/` }).toString(),
  });
  expect(answer.status).toBe(302);
  return answer.location;
}

test("the per-address limit counts the real socket address: a made-up X-Forwarded-For neither dodges it nor locks out a bystander", async () => {
  test.setTimeout(120_000);
  const attacker = "127.0.0.2";
  const bystander = "127.0.0.5";
  const run = Date.now();
  // 30 links an hour per address; each request claims another address, one of them the bystander's.
  for (let i = 0; i < 30; i += 1) {
    const claimed = i % 2 === 0 ? bystander : `198.51.100.${i}`;
    expect(await askForLink(attacker, `sprayed-${run}-${i}@example.org`, claimed)).toContain(
      "/api/auth/verify-request",
    );
  }
  expect(
    await askForLink(attacker, `sprayed-${run}-last@example.org`, `203.0.113.${run % 250}`),
  ).toBe(`${urls.web}/sign-in?error=EmailLimit`);
  expect(await askForLink(attacker, `sprayed-${run}-plain@example.org`)).toBe(
    `${urls.web}/sign-in?error=EmailLimit`,
  );
  // The bystander, whose address the attacker kept claiming, is untouched.
  expect(await askForLink(bystander, `bystander-${run}@example.org`)).toContain(
    "/api/auth/verify-request",
  );
});
