import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createSession } from "@soleus/auth/session";
import { createWorld, type World } from "@soleus/api/testing";
import type { handleTrpcRequest } from "./server";

interface Body {
  result: { data: { json: { name: string } } };
  error: { json: { message: string } };
}
const body = async (response: Response) => (await response.json()) as Body;

const ORIGIN = "http://127.0.0.1:3000";
const ADMIN_ORIGIN = "http://127.0.0.1:3001";
let world: World;
let handle: typeof handleTrpcRequest;
let cookie: string;

beforeAll(async () => {
  world = await createWorld();
  process.env.DATABASE_URL = world.database.url;
  process.env.AUTH_SECRET = "test-secret-test-secret-test-secret-0123";
  process.env.SOLEUS_WEB_URL = ORIGIN;
  process.env.SOLEUS_ADMIN_URL = ADMIN_ORIGIN;
  ({ handleTrpcRequest: handle } = await import("./server"));
  const { token } = await createSession(world.db, world.people.learner.id, "web");
  cookie = `soleus-web.session=${token}`;
});
afterAll(async () => {
  await world.database.destroy();
});

function post(path: string, body: unknown, headers: Record<string, string> = {}) {
  return handle(
    new Request(`${ORIGIN}/api/trpc/${path}`, {
      method: "POST",
      headers: { "content-type": "application/json", cookie, origin: ORIGIN, ...headers },
      body: typeof body === "string" ? body : JSON.stringify(body),
    }),
    "web",
  );
}

describe("the /api/trpc route handler", () => {
  it("runs a same-origin mutation for the signed-in learner", async () => {
    const response = await post("users.updateMyProfile", { json: { name: "Lee" } });
    expect(response.status).toBe(200);
    expect(await response.json()).toMatchObject({ result: { data: { json: { name: "Lee" } } } });
  });

  it("refuses a POST from another origin, or with no origin at all, before running it", async () => {
    const evil = await post(
      "users.updateMyProfile",
      { json: { name: "Hacked" } },
      { origin: "http://evil.example" },
    );
    expect(evil.status).toBe(403);
    expect(await evil.json()).toEqual({
      error: { message: "This request came from another site and was refused." },
    });
    const anonymous = await handle(
      new Request(`${ORIGIN}/api/trpc/users.updateMyProfile`, {
        method: "POST",
        headers: { cookie, "content-type": "application/json" },
        body: "{}",
      }),
      "web",
    );
    expect(anonymous.status).toBe(403);
    const me = await handle(
      new Request(`${ORIGIN}/api/trpc/users.me`, { headers: { cookie } }),
      "web",
    );
    expect((await body(me)).result.data.json.name).toBe("Lee");
  });

  it("never runs a mutation over GET", async () => {
    const response = await handle(
      new Request(
        `${ORIGIN}/api/trpc/users.updateMyProfile?input=${encodeURIComponent(JSON.stringify({ json: { name: "Get" } }))}`,
        { headers: { cookie } },
      ),
      "web",
    );
    expect(response.status).toBe(405);
  });

  it("refuses oversized bodies, URLs and batches", async () => {
    expect(
      (await post("users.updateMyProfile", { json: { name: "x".repeat(70_000) } })).status,
    ).toBe(413);
    expect(
      (
        await handle(
          new Request(`${ORIGIN}/api/trpc/users.me?input=${"x".repeat(9000)}`, {
            headers: { cookie },
          }),
          "web",
        )
      ).status,
    ).toBe(414);
    const paths = Array.from({ length: 11 }, () => "users.me").join(",");
    const batch = await handle(
      new Request(`${ORIGIN}/api/trpc/${paths}?batch=1&input={}`, { headers: { cookie } }),
      "web",
    );
    expect(batch.status).toBe(400);
    const tooLong = await post("users.updateMyProfile", { json: { name: "x".repeat(101) } });
    expect(tooLong.status).toBe(400);
    expect((await body(tooLong)).error.json.message).toBe(
      "name: Use at most 100 characters for your name.",
    );
  });

  it("answers 401 with a clear message when signed out, and hides internal errors", async () => {
    const signedOut = await handle(new Request(`${ORIGIN}/api/trpc/users.me`), "web");
    expect(signedOut.status).toBe(401);
    expect((await body(signedOut)).error.json.message).toBe("Please sign in to do this.");
    // A database failure must reach the client as a generic message: no SQL, no stack.
    await world.database.pool.query("alter table lesson_progress rename to lesson_progress_gone");
    try {
      const broken = await handle(
        new Request(
          `${ORIGIN}/api/trpc/progress.mine?input=${encodeURIComponent(JSON.stringify({ json: { course: "the-second-heart" } }))}`,
          { headers: { cookie } },
        ),
        "web",
      );
      expect(broken.status).toBe(500);
      const text = await broken.text();
      expect((JSON.parse(text) as Body).error.json.message).toBe(
        "Something went wrong on our side. Please try again in a moment.",
      );
      expect(text).not.toMatch(/lesson_progress|select|stack|at /i);
    } finally {
      await world.database.pool.query("alter table lesson_progress_gone rename to lesson_progress");
    }
  });

  it("answers a body it cannot read with 400 and a generic message, never the parser's own words", async () => {
    // 30,000 levels of nesting overflow the stack of whatever walks them (the answer-size check).
    const deep = `{"json":{"attemptId":"${crypto.randomUUID()}","questionId":"q","response":${"[".repeat(30_000)}${"]".repeat(30_000)}}}`;
    const malformed = '{"json":{"name":"Lee"';
    for (const [path, raw] of [
      ["attempts.saveResponse", deep],
      ["users.updateMyProfile", malformed],
    ] as const) {
      const response = await post(path, raw);
      const text = await response.text();
      expect([response.status, (JSON.parse(text) as Body).error.json.message]).toEqual([
        400,
        "This request could not be read. Reload the page and try again.",
      ]);
      expect(text).not.toMatch(/call stack|unexpected|in JSON|position \d|stack/i);
    }
    expect(
      (
        await body(
          await handle(new Request(`${ORIGIN}/api/trpc/users.me`, { headers: { cookie } }), "web"),
        )
      ).result.data.json.name,
    ).toBe("Lee");
  });
});

describe("each app's /api/trpc serves its own router to its own sessions", () => {
  const listPeople = (origin: string, cookieHeader: string, app: "web" | "admin") =>
    handle(
      new Request(
        `${origin}/api/trpc/users.list?input=${encodeURIComponent(JSON.stringify({ json: {} }))}`,
        { headers: { cookie: cookieHeader } },
      ),
      app,
    );

  it("refuses an admin's learner-site session token placed in the admin app's cookie", async () => {
    const onWeb = await createSession(world.db, world.people.admin.id, "web");
    const refused = await listPeople(ADMIN_ORIGIN, `soleus-admin.session=${onWeb.token}`, "admin");
    expect(refused.status).toBe(401);
    expect((await body(refused)).error.json.message).toBe("Please sign in to do this.");
    // The same admin, signed in on the admin app itself, is served.
    const onAdmin = await createSession(world.db, world.people.admin.id, "admin");
    expect(
      (await listPeople(ADMIN_ORIGIN, `soleus-admin.session=${onAdmin.token}`, "admin")).status,
    ).toBe(200);
  });

  it("refuses an admin-app session token placed in the learner site's cookie", async () => {
    const onAdmin = await createSession(world.db, world.people.admin.id, "admin");
    const refused = await handle(
      new Request(`${ORIGIN}/api/trpc/users.me`, {
        headers: { cookie: `soleus-web.session=${onAdmin.token}` },
      }),
      "web",
    );
    expect(refused.status).toBe(401);
  });

  it("has no admin procedure on the learner site, even for a signed-in admin", async () => {
    const onWeb = await createSession(world.db, world.people.admin.id, "web");
    const missing = await listPeople(ORIGIN, `soleus-web.session=${onWeb.token}`, "web");
    expect(missing.status).toBe(404);
    expect(JSON.stringify(await missing.json())).not.toContain("example.org");
  });
});
