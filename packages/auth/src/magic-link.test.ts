import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { eq } from "drizzle-orm";
import { createTestDatabase, type TestDatabase } from "@soleus/db/testing";
import { users } from "@soleus/db/schema";
import { handleAuthRequest, type AuthSetup } from "./auth-config";
import type { AppName } from "./cookies";
import { readAuthEnv } from "./env";
import { chooseLinkDelivery } from "./magic-link";
import { readSession } from "./session";
import { createTestUser } from "./testing/fixtures";

let database: TestDatabase;
const log: string[] = [];
const env = readAuthEnv({ AUTH_SECRET: "magic-link-test-secret-0123456789abcdef" });

beforeAll(async () => {
  database = await createTestDatabase();
});
afterAll(async () => {
  await database.destroy();
});

function setup(app: AppName): AuthSetup {
  const origin = app === "web" ? "http://127.0.0.1:3000" : "http://127.0.0.1:3001";
  return {
    app,
    db: database.db,
    env,
    site: { origin, secure: false },
    deliverLink: chooseLinkDelivery(env, false, (line) => log.push(line)),
  };
}

function cookiesOf(response: Response): Map<string, string> {
  return new Map(
    response.headers.getSetCookie().map((line) => {
      const [pair = ""] = line.split(";");
      const index = pair.indexOf("=");
      return [pair.slice(0, index), pair.slice(index + 1)] as [string, string];
    }),
  );
}

/** Asks for a link the way the sign-in form does, and returns the redirect and the printed link. */
async function requestLink(app: AppName, email: string) {
  const origin = setup(app).site.origin;
  const csrfResponse = await handleAuthRequest(new Request(`${origin}/api/auth/csrf`), setup(app));
  const { csrfToken } = (await csrfResponse.json()) as { csrfToken: string };
  const jar = [...cookiesOf(csrfResponse)].map(([name, value]) => `${name}=${value}`).join("; ");
  const before = log.length;
  const response = await handleAuthRequest(
    new Request(`${origin}/api/auth/signin/nodemailer`, {
      method: "POST",
      headers: { "content-type": "application/x-www-form-urlencoded", cookie: jar },
      body: new URLSearchParams({ csrfToken, email, callbackUrl: `${origin}/` }).toString(),
    }),
    setup(app),
  );
  const line = log.slice(before).find((entry) => entry.includes(email.toLowerCase()));
  return { response, link: line?.match(/(http\S+)$/)?.[1] };
}

describe("magic-link sign-in with no SMTP configured (development)", () => {
  it("prints the link to the server log, and the link signs a new learner in once", async () => {
    const { response, link } = await requestLink("web", "New.Person@example.org");
    expect(response.status).toBe(302);
    const verify = response.headers.get("location") ?? "";
    expect(verify).toBe(
      "http://127.0.0.1:3000/api/auth/verify-request?provider=nodemailer&type=email",
    );
    const checkEmail = await handleAuthRequest(new Request(verify), setup("web"));
    expect(checkEmail.headers.get("location")).toMatch(/^\/check-email\?/);
    expect(link).toMatch(/^http:\/\/127\.0\.0\.1:3000\/api\/auth\/callback\/nodemailer\?/);

    const callback = await handleAuthRequest(new Request(link ?? ""), setup("web"));
    expect(callback.status).toBe(302);
    const token = cookiesOf(callback).get("soleus-web.session");
    const session = await readSession(database.db, token, "web");
    expect(session?.user).toMatchObject({ email: "new.person@example.org", role: "learner" });
    // Issued by the learner site's sign-in: the admin app does not accept it.
    expect(await readSession(database.db, token, "admin")).toBeNull();
    expect(
      callback.headers.getSetCookie().find((line) => line.startsWith("soleus-web.session=")),
    ).toMatch(/HttpOnly; SameSite=Lax/i);

    const reused = await handleAuthRequest(new Request(link ?? ""), setup("web"));
    expect(reused.headers.get("location")).toContain("error=Verification");
    expect(cookiesOf(reused).get("soleus-web.session")).toBeUndefined();
  });

  it("refuses learners and unknown people on the admin app, and disabled accounts everywhere, without sending a link or saying so", async () => {
    const learner = await createTestUser(database.db, "learner");
    const sent = "http://127.0.0.1:3001/api/auth/verify-request?provider=nodemailer&type=email";
    for (const email of [learner.email, "stranger@example.org"]) {
      const { response, link } = await requestLink("admin", email);
      expect(link).toBeUndefined();
      // The same answer a coach gets when a link is sent: nothing tells whether the account exists.
      expect(response.headers.get("location")).toBe(sent);
    }
    const coach = await createTestUser(database.db, "coach");
    const forCoach = await requestLink("admin", coach.email);
    expect(forCoach.link).toBeDefined();
    expect(forCoach.response.headers.get("location")).toBe(sent);
    await database.db.update(users).set({ disabledAt: new Date() }).where(eq(users.id, coach.id));
    expect((await requestLink("admin", coach.email)).link).toBeUndefined();
    expect((await requestLink("web", coach.email)).link).toBeUndefined();
  });

  it("sends at most 5 links an hour to one email, then explains on the sign-in page instead", async () => {
    const learner = await createTestUser(database.db, "learner");
    for (let i = 0; i < 5; i += 1)
      expect((await requestLink("web", learner.email)).link).toBeDefined();
    const { response, link } = await requestLink("web", learner.email);
    expect(link).toBeUndefined();
    expect(response.headers.get("location")).toBe("http://127.0.0.1:3000/sign-in?error=EmailLimit");
  });

  it("is switched off on HTTPS with no SMTP, so production never prints links", () => {
    expect(chooseLinkDelivery(env, true)).toBeNull();
    expect(
      chooseLinkDelivery(
        readAuthEnv({ AUTH_SECRET: env.AUTH_SECRET, SMTP_URL: "smtp://mail.example.org:587" }),
        true,
      ),
    ).not.toBeNull();
  });
});
