import { TRPCError } from "@trpc/server";
import { and, eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createSession, readSession } from "@soleus/auth/session";
import { createTestUser } from "@soleus/auth/testing/fixtures";
import { auditLog, users } from "@soleus/db/schema";
import { createWorld, type World } from "./testing/world";

let world: World;
beforeAll(async () => {
  world = await createWorld();
});
afterAll(async () => {
  await world.database.destroy();
});

describe("admin user management takes effect on the user's next request", () => {
  it("changing a role ends the user's sessions and logs who did it", async () => {
    const admin = await world.adminCallerFor("admin");
    const person = await createTestUser(world.db, "learner");
    const { token } = await createSession(world.db, person.id, "web");
    await admin.users.changeRole({ userId: person.id, role: "coach" });
    expect(await readSession(world.db, token, "web")).toBeNull();
    const fresh = await createSession(world.db, person.id, "web");
    expect((await readSession(world.db, fresh.token, "web"))?.user.role).toBe("coach");
    const [entry] = await world.db
      .select()
      .from(auditLog)
      .where(and(eq(auditLog.action, "user.role_changed"), eq(auditLog.targetId, person.id)));
    expect(entry).toMatchObject({
      actorId: world.people.admin.id,
      details: { from: "learner", to: "coach" },
    });
  });

  it("disabling ends sessions and refuses new ones; enabling lets the person back in", async () => {
    const admin = await world.adminCallerFor("admin");
    const person = await createTestUser(world.db, "learner");
    const { token } = await createSession(world.db, person.id, "web");
    await admin.users.setDisabled({ userId: person.id, disabled: true });
    expect(await readSession(world.db, token, "web")).toBeNull();
    expect(
      await readSession(world.db, (await createSession(world.db, person.id, "web")).token, "web"),
    ).toBeNull();
    await admin.users.setDisabled({ userId: person.id, disabled: false });
    expect(
      await readSession(world.db, (await createSession(world.db, person.id, "web")).token, "web"),
    ).not.toBeNull();
  });

  it("sign out everywhere ends every session of that person only", async () => {
    const admin = await world.adminCallerFor("admin");
    const person = await createTestUser(world.db, "learner");
    const bystander = await createSession(world.db, world.people.learner.id, "web");
    const sessions = [
      await createSession(world.db, person.id, "web"),
      await createSession(world.db, person.id, "web"),
    ];
    await admin.users.signOutEverywhere({ userId: person.id });
    for (const { token } of sessions) expect(await readSession(world.db, token, "web")).toBeNull();
    expect(await readSession(world.db, bystander.token, "web")).not.toBeNull();
  });

  it("keeps at least one active admin", async () => {
    const admin = await world.adminCallerFor("admin");
    const error = await admin.users
      .changeRole({ userId: world.people.admin.id, role: "learner" })
      .catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(TRPCError);
    expect((error as TRPCError).message).toBe(
      "Soleus needs at least one active admin. Make someone else an admin first.",
    );
    const row = await world.db.query.users.findFirst({
      where: eq(users.id, world.people.admin.id),
    });
    expect(row?.role).toBe("admin");
  });

  it("creates coaches with the same password rules as everyone", async () => {
    const admin = await world.adminCallerFor("admin");
    const weak = await admin.users
      .createCoach({ name: "Coach", email: "weak@example.org", password: "password1" })
      .catch((caught: unknown) => caught);
    expect((weak as TRPCError).code).toBe("BAD_REQUEST");
    const coach = await admin.users.createCoach({
      name: "Coach Kim",
      email: "kim@example.org",
      password: "strong calves climb stairs",
    });
    expect(coach).toMatchObject({ email: "kim@example.org", role: "coach" });
    const listed = await admin.users.list({ search: "kim@" });
    expect(listed.map((user) => user.email)).toEqual(["kim@example.org"]);
  });

  it("coaches see results only for their own courses", async () => {
    const coach = await world.adminCallerFor("coach");
    const other = await world.adminCallerFor("otherCoach");
    const overview = await coach.results.quizOverview({ courseId: world.course.id });
    expect(overview.length).toBeGreaterThan(0);
    const denied = await other.results
      .quizOverview({ courseId: world.course.id })
      .catch((caught: unknown) => caught);
    expect((denied as TRPCError).message).toBe(
      "You can only work on courses you own or are assigned to.",
    );
    expect((await other.courses.listManageable()).map((course) => course.slug)).toEqual([
      "other-coach-draft",
    ]);
    expect((await coach.courses.listManageable()).map((course) => course.slug)).toEqual([
      "the-second-heart",
    ]);
  });
});
