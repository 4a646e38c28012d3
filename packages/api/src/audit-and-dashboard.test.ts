import { TRPCError } from "@trpc/server";
import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { recordAudit } from "@soleus/auth/audit";
import { createTestUser } from "@soleus/auth/testing/fixtures";
import { lessons } from "@soleus/db/schema";
import { AUDIT_PAGE_SIZE } from "./routers/audit/audit.schema";
import { createWorld, type World } from "./testing/world";

let world: World;
beforeAll(async () => {
  world = await createWorld();
}, 120_000);
afterAll(async () => {
  await world.database.destroy();
});

describe("audit.list", () => {
  it("shows who did what to whom, newest first, filtered by actor, action and time", async () => {
    const admin = await world.adminCallerFor("admin");
    const person = await createTestUser(world.db, "learner");
    await admin.users.changeRole({ userId: person.id, role: "coach" });
    await admin.users.setDisabled({ userId: person.id, disabled: true });

    const all = await admin.audit.list({});
    expect(all.actions).toEqual(expect.arrayContaining(["user.role_changed", "user.disabled"]));
    const [newest] = all.rows;
    expect(newest).toMatchObject({
      action: "user.disabled",
      actorEmail: world.people.admin.email,
      targetId: person.id,
    });

    const roleChanges = await admin.audit.list({ action: "user.role_changed" });
    expect(roleChanges.rows.map((row) => row.action)).toEqual(
      roleChanges.rows.map(() => "user.role_changed"),
    );
    expect(roleChanges.rows[0]).toMatchObject({ details: { from: "learner", to: "coach" } });

    const byCoach = await admin.audit.list({ actor: world.people.coach.email });
    expect(byCoach.rows.some((row) => row.action === "user.disabled")).toBe(false);

    const future = new Date(Date.now() + 3600_000).toISOString();
    expect((await admin.audit.list({ from: future })).total).toBe(0);
    const past = new Date(Date.now() - 3600_000).toISOString();
    expect((await admin.audit.list({ to: past })).rows.some((r) => r.targetId === person.id)).toBe(
      false,
    );
  });

  it("pages through the rows", async () => {
    const admin = await world.adminCallerFor("admin");
    for (let i = 0; i < AUDIT_PAGE_SIZE + 2; i += 1) {
      await recordAudit(world.db, {
        actorId: world.people.otherCoach.id,
        action: "attempt.regraded",
        targetType: "attempt",
        targetId: `attempt-${String(i)}`,
      });
    }
    const first = await admin.audit.list({ action: "attempt.regraded", page: 1 });
    const second = await admin.audit.list({ action: "attempt.regraded", page: 2 });
    expect(first.total).toBe(AUDIT_PAGE_SIZE + 2);
    expect(first.rows).toHaveLength(AUDIT_PAGE_SIZE);
    expect(second.rows).toHaveLength(2);
    expect(new Set([...first.rows, ...second.rows].map((row) => row.id)).size).toBe(
      AUDIT_PAGE_SIZE + 2,
    );
  });

  it("refuses bad filters with a clear message and no rows", async () => {
    const admin = await world.adminCallerFor("admin");
    const refusal = (input: unknown) =>
      admin.audit.list(input as never).then(
        () => "answered",
        (error: unknown) => (error instanceof TRPCError ? error.code : String(error)),
      );
    expect(await refusal({ action: "drop table audit_log" })).toBe("BAD_REQUEST");
    expect(await refusal({ from: "yesterday" })).toBe("BAD_REQUEST");
    expect(await refusal({ page: 0 })).toBe("BAD_REQUEST");
    expect(await refusal({ surprise: true })).toBe("BAD_REQUEST");
    expect(
      await refusal({ from: "2026-12-02T00:00:00.000Z", to: "2026-12-01T00:00:00.000Z" }),
    ).toBe("BAD_REQUEST");
  });
});

describe("dashboard.overview", () => {
  it("lists a coach's own courses only, with drafts and published lessons", async () => {
    const coach = await world.adminCallerFor("coach");
    const overview = await coach.dashboard.overview();
    expect(overview.courses.map((course) => course.slug)).toEqual(["the-second-heart"]);
    expect(overview.courses[0]).toMatchObject({ published: true, ownedByMe: false });
    expect(overview.courses[0]?.lessonCount).toBeGreaterThan(0);
    expect(overview.drafts).toEqual([]);
    expect(overview.recentlyPublished.length).toBeGreaterThan(0);
    expect(overview.recentlyPublished.every((item) => item.courseSlug === "the-second-heart")).toBe(
      true,
    );

    const other = await (await world.adminCallerFor("otherCoach")).dashboard.overview();
    expect(other.courses.map((course) => course.slug)).toEqual(["other-coach-draft"]);
    expect(other.courses[0]).toMatchObject({ published: false, ownedByMe: true, lessonCount: 0 });
    expect(other.recentlyPublished).toEqual([]);
  });

  it("shows a coach's saved, unpublished draft as a draft in progress", async () => {
    const lesson = await world.db.query.lessons.findFirst({
      where: eq(lessons.courseId, world.course.id),
    });
    if (!lesson?.publishedRevisionId) throw new Error("seeded lesson is not published");
    const editor = await world.adminCallerFor("coach");
    const current = await editor.authoring.lessons.get({ lessonId: lesson.id });
    if (!current.content) throw new Error("lesson has no content");
    await editor.authoring.lessons.saveDraft({
      lessonId: lesson.id,
      baseVersion: current.version,
      title: "A coach's new title",
      summary: current.content.summary,
      minutes: current.content.minutes,
      objectives: current.content.objectives,
      bodyMarkdown: current.content.bodyMarkdown,
    });
    const overview = await (await world.adminCallerFor("coach")).dashboard.overview();
    expect(overview.drafts).toEqual([
      expect.objectContaining({
        lessonId: lesson.id,
        courseId: world.course.id,
        lessonSlug: lesson.slug,
        title: "A coach's new title",
        savedBy: world.people.coach.name ?? world.people.coach.email,
        everPublished: true,
      }),
    ]);
    const otherCoach = await (await world.adminCallerFor("otherCoach")).dashboard.overview();
    expect(otherCoach.drafts).toEqual([]);
  });
});
