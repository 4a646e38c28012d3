import { parse } from "csv-parse/sync";
import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { quizAttempts, quizzes } from "@soleus/db/schema";
import { createSession, readSession } from "@soleus/auth/session";
import { COURSE, createWorld, type ActorName, type World } from "../../../testing/world";
import { createApiContext } from "../../../trpc/context";
import { prepareResultsExport } from "./results-export";

const QUIZ_SLUG = "meet-the-soleus-check";
let world: World;
let quizId: string;

async function contextOf(actor: ActorName) {
  if (actor === "anonymous") return createApiContext({ db: world.db, session: null, app: "admin" });
  const { token } = await createSession(world.db, world.people[actor].id, "admin");
  return createApiContext({
    db: world.db,
    session: await readSession(world.db, token, "admin"),
    app: "admin",
  });
}

async function readAll(body: ReadableStream<Uint8Array>): Promise<string> {
  return new Response(body).text();
}

beforeAll(async () => {
  world = await createWorld();
  const quiz = await world.db.query.quizzes.findFirst({ where: eq(quizzes.slug, QUIZ_SLUG) });
  if (!quiz) throw new Error("no quiz");
  quizId = quiz.id;
  for (let i = 0; i < 6; i++) {
    const at = new Date(Date.parse("2026-03-02T09:00:00Z") + i * 86_400_000);
    const { caller } = await world.newLearner(() => at);
    const view = await caller.attempts.start({ course: COURSE, quiz: QUIZ_SLUG });
    const question = view.quiz.questions.find((q) => q.type === "single_choice");
    if (question?.type === "single_choice")
      await caller.attempts.saveResponse({
        attemptId: view.attemptId,
        questionId: question.id,
        response: { optionId: question.options[i % question.options.length]?.id ?? "" },
      });
    await caller.attempts.submit({ attemptId: view.attemptId });
  }
}, 240_000);
afterAll(async () => {
  await (world as World | undefined)?.database.destroy();
});

describe("results export", () => {
  it("streams the filtered responses as CSV with a file name that names the filters", async () => {
    const prepared = await prepareResultsExport(await contextOf("admin"), {
      quizId,
      from: "2026-03-03",
      to: "2026-03-05",
      rows: "responses",
      format: "csv",
    });
    expect(prepared.filename).toBe(
      `results_responses_${COURSE}_${QUIZ_SLUG}_from-2026-03-03_to-2026-03-05_all-attempts.csv`,
    );
    expect(prepared.contentType).toMatch(/^text\/csv/);
    const records = parse<Record<string, string>>(await readAll(prepared.body), { columns: true });
    const inRange = await world.db
      .select()
      .from(quizAttempts)
      .where(eq(quizAttempts.quizId, quizId));
    const expected = inRange.filter(
      (a) =>
        a.submittedAt &&
        a.submittedAt >= new Date("2026-03-03") &&
        a.submittedAt < new Date("2026-03-06"),
    );
    expect(new Set(records.map((r) => r.attempt_id))).toEqual(new Set(expected.map((a) => a.id)));
    const perAttempt =
      (expected[0]?.result as { questions: unknown[] } | null)?.questions.length ?? 0;
    expect(records).toHaveLength(expected.length * perAttempt);
    expect(records[0]).toMatchObject({ course: COURSE, quiz: QUIZ_SLUG, quiz_revision: "1" });
    expect(records.some((r) => r.chosen_options !== "")).toBe(true);
  });

  it("exports attempts as JSON that parses, one object per counted attempt", async () => {
    const prepared = await prepareResultsExport(await contextOf("coach"), {
      courseId: world.course.id,
      attempts: "first",
      rows: "attempts",
      format: "json",
    });
    const rows = JSON.parse(await readAll(prepared.body)) as {
      attempt_id: string;
      passed: boolean;
    }[];
    expect(rows).toHaveLength(6);
    expect(typeof rows[0]?.passed).toBe("boolean");
  });

  it("starts the download before the query has finished: the first bytes leave before the last batch is read", async () => {
    let batches = 0;
    const prepared = await prepareResultsExport(
      await contextOf("admin"),
      { quizId, rows: "responses" },
      { batchRows: 3, onBatch: () => batches++, method: "cursor" },
    );
    const reader = prepared.body.getReader();
    const header = await reader.read();
    expect(new TextDecoder().decode(header.value)).toMatch(/^attempt_id,learner_id,/);
    expect(batches).toBe(0);
    const firstRows = await reader.read();
    expect(firstRows.done).toBe(false);
    expect(batches).toBe(1);
    let rest = 0;
    while (!(await reader.read()).done) rest++;
    expect(rest).toBeGreaterThan(3);
  });

  it("streams CSV from COPY on PostgreSQL (the cursor on the embedded database): header first, the cursor's rows", async () => {
    const admin = await contextOf("admin");
    for (const rows of ["responses", "attempts"] as const) {
      let chunks = 0;
      const copied = await prepareResultsExport(
        admin,
        { courseId: world.course.id, rows },
        { onBatch: () => chunks++ },
      );
      const reader = copied.body.getReader();
      const header = await reader.read();
      expect(new TextDecoder().decode(header.value)).toMatch(/^attempt_id,learner_id,/);
      expect(chunks).toBe(0);
      let text = new TextDecoder().decode(header.value);
      for (let part = await reader.read(); !part.done; part = await reader.read())
        text += new TextDecoder().decode(part.value, { stream: true });
      expect(chunks).toBeGreaterThan(0);
      const cursor = await prepareResultsExport(
        admin,
        { courseId: world.course.id, rows },
        { method: "cursor" },
      );
      const viaCopy = parse<Record<string, string>>(text, { columns: true });
      const viaCursor = parse<Record<string, string>>(await readAll(cursor.body), {
        columns: true,
      });
      expect(viaCopy.length).toBeGreaterThan(5);
      expect(viaCopy).toEqual(viaCursor);
      if (rows === "attempts")
        expect(viaCopy.every((r) => r.passed === "true" || r.passed === "false")).toBe(true);
    }
  });

  it("refuses anonymous callers, learners and coaches of other courses, before streaming anything", async () => {
    await expect(
      prepareResultsExport(await contextOf("anonymous"), { quizId }),
    ).rejects.toMatchObject({ code: "UNAUTHORIZED" });
    await expect(
      prepareResultsExport(await contextOf("learner"), { quizId }),
    ).rejects.toMatchObject({ code: "FORBIDDEN" });
    await expect(
      prepareResultsExport(await contextOf("otherCoach"), { quizId }),
    ).rejects.toMatchObject({ code: "FORBIDDEN" });
    await expect(
      prepareResultsExport(await contextOf("admin"), { quizId, format: "xml" }),
    ).rejects.toMatchObject({ code: "BAD_REQUEST" });
  });
});
