import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { users } from "@soleus/db/schema";
import { createTestDatabase, type TestDatabase } from "@soleus/db/testing";
import { createAuthAdapter } from "./adapter";
import { createTestUser } from "./testing/fixtures";

let database: TestDatabase;
beforeAll(async () => {
  database = await createTestDatabase();
}, 120_000);
afterAll(async () => {
  await database.destroy();
});

describe("Auth.js's storage takes its time from the injected clock", () => {
  it("a profile update from an email-link or OAuth sign-in is stamped with that clock", async () => {
    const user = await createTestUser(database.db, "learner");
    const then = new Date("2032-02-03T04:05:06Z");
    const adapter = createAuthAdapter(database.db, "web", () => then);
    await adapter.updateUser?.({ id: user.id, name: "Renamed By Provider" });
    const row = await database.db.query.users.findFirst({ where: eq(users.id, user.id) });
    expect(row).toMatchObject({ name: "Renamed By Provider", updatedAt: then });
  });
});
