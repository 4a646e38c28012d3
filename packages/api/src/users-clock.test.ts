import { and, eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestUser } from "@soleus/auth/testing/fixtures";
import { auditLog, users } from "@soleus/db/schema";
import { createWorld, type World } from "./testing/world";

let world: World;
beforeAll(async () => {
  world = await createWorld();
}, 120_000);
afterAll(async () => {
  await world.database.destroy();
});

const then = new Date("2031-05-04T10:20:30Z");

describe("people changes take their time from the request's clock", () => {
  it("switching an account off stamps the account and the audit entry with that clock", async () => {
    const target = await createTestUser(world.db, "learner");
    const admin = await world.adminCallerFor("admin", () => then);
    await admin.users.setDisabled({ userId: target.id, disabled: true });
    const row = await world.db.query.users.findFirst({ where: eq(users.id, target.id) });
    expect(row?.disabledAt).toEqual(then);
    expect(row?.updatedAt).toEqual(then);
    const [entry] = await world.db
      .select()
      .from(auditLog)
      .where(and(eq(auditLog.targetId, target.id), eq(auditLog.action, "user.disabled")));
    expect(entry?.createdAt).toEqual(then);
  });

  it("a role change, sign out everywhere and a profile edit use it too", async () => {
    const target = await createTestUser(world.db, "learner");
    const admin = await world.adminCallerFor("admin", () => then);
    await admin.users.changeRole({ userId: target.id, role: "coach" });
    expect(
      (await world.db.query.users.findFirst({ where: eq(users.id, target.id) }))?.updatedAt,
    ).toEqual(then);

    const later = new Date(then.getTime() + 60_000);
    await (
      await world.adminCallerFor("admin", () => later)
    ).users.signOutEverywhere({ userId: target.id });
    const [signedOut] = await world.db
      .select()
      .from(auditLog)
      .where(
        and(eq(auditLog.targetId, target.id), eq(auditLog.action, "user.signed_out_everywhere")),
      );
    expect(signedOut?.createdAt).toEqual(later);
    expect(
      (await world.db.query.users.findFirst({ where: eq(users.id, target.id) }))?.updatedAt,
    ).toEqual(later);

    const evenLater = new Date(then.getTime() + 120_000);
    await (
      await world.callerFor("learner", () => evenLater)
    ).users.updateMyProfile({ name: "Clock Learner" });
    expect(
      (await world.db.query.users.findFirst({ where: eq(users.id, world.people.learner.id) }))
        ?.updatedAt,
    ).toEqual(evenLater);
  });
});
