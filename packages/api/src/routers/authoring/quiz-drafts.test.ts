import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { formatApiError } from "../../trpc/error-formatter";
import { quizId, versionOf, warmUpPublishChecks } from "../../testing/authoring-fixtures";
import { rejection } from "../../testing/rejection";
import { createWorld, type World } from "../../testing/world";

let world: World;
beforeAll(async () => {
  world = await createWorld();
  await warmUpPublishChecks();
}, 240_000);
afterAll(async () => {
  await world.database.destroy();
});

const coach = () => world.adminCallerFor("coach");

/** A new quiz of the seeded course, and what its editor would save. */
async function newQuiz() {
  const caller = await coach();
  const created = await caller.authoring.quizzes.create({
    courseId: world.course.id,
    slug: `draft-${crypto.randomUUID().slice(0, 8)}`,
    title: "Draft quiz",
    kind: "lesson_check",
  });
  const quiz = await caller.authoring.quizzes.get({ quizId: created.quizId });
  if (!quiz.content) throw new Error("new quiz has no draft");
  return { quizId: created.quizId, baseVersion: quiz.version, ...quiz.content };
}

/** A question as the editor makes it before the coach has typed anything. */
const blankChoice = (id: string) => ({
  id,
  type: "single_choice",
  prompt: "",
  points: 1,
  objectives: [],
  section: { lesson: "", anchor: "" },
  explanation: "",
  tags: [],
  options: [
    { id: "a", text: "", correct: false },
    { id: "b", text: "", correct: false },
  ],
});

function fieldErrors(error: Parameters<typeof formatApiError>[0]["error"]) {
  const shape = formatApiError({
    error,
    shape: { code: -32600, message: error.message, data: { code: "BAD_REQUEST", httpStatus: 400 } },
  });
  return { message: shape.message, fields: shape.data.fieldErrors ?? [] };
}

describe(`quiz drafts (${process.env.TEST_DATABASE_URL ? "PostgreSQL" : "PGlite"})`, () => {
  it("saves a question that is not finished yet (nothing typed is lost) and refuses to publish it", async () => {
    const draft = await newQuiz();
    const caller = await coach();
    const saved = await caller.authoring.quizzes.saveDraft({
      ...draft,
      questions: [blankChoice("q1")],
    });
    expect(saved.version).toBe(draft.baseVersion + 1);
    const stored = await caller.authoring.quizzes.get({ quizId: draft.quizId });
    expect(stored.content?.questions).toEqual([blankChoice("q1")]);

    const refused = await rejection(
      caller.authoring.quizzes.publish({ quizId: draft.quizId, baseVersion: saved.version }),
    );
    expect(refused.code).toBe("BAD_REQUEST");
    expect(refused.message).toMatch(/cannot be published yet/);
    expect((await caller.authoring.quizzes.get({ quizId: draft.quizId })).published).toBeNull();
  });

  const badPayloads: [
    name: string,
    change: (q: ReturnType<typeof blankChoice>) => unknown,
    expected: RegExp,
  ][] = [
    ["an unknown question type", (q) => ({ ...q, type: "essay" }), /questions\.0\.type/],
    ["a wrong shape", (q) => ({ ...q, options: "a, b" }), /questions\.0\.options/],
    ["an unknown field", (q) => ({ ...q, answerKey: "a" }), /questions\.0/],
    ["oversized text", (q) => ({ ...q, prompt: "x".repeat(4001) }), /questions\.0\.prompt/],
    ["a badly formed id", (q) => ({ ...q, id: "Question One!" }), /questions\.0\.id/],
    [
      "duplicate option ids",
      (q) => ({ ...q, options: [q.options[0], q.options[0]] }),
      /questions\.0\.options\.1\.id/,
    ],
    [
      "a character the database cannot store",
      (q) => ({ ...q, prompt: "a\u0000b" }),
      /questions\.0\.prompt/,
    ],
  ];

  it.each(badPayloads)(
    "refuses %s with a clear message and changes nothing",
    async (_name, change, path) => {
      const draft = await newQuiz();
      const caller = await coach();
      const error = await rejection(
        caller.authoring.quizzes.saveDraft({
          ...draft,
          questions: [change(blankChoice("q1"))],
        }),
      );
      expect(error.code).toBe("BAD_REQUEST");
      const { message, fields } = fieldErrors(error);
      expect(fields.map((f) => f.path).join(" ")).toMatch(path);
      expect(message.length).toBeGreaterThan(10);
      expect(await versionOf(world, "quiz", draft.quizId)).toBe(draft.baseVersion);
    },
  );

  it("refuses two questions with one id, and a pool drawing more questions than it holds", async () => {
    const draft = await newQuiz();
    const caller = await coach();
    const duplicate = await rejection(
      caller.authoring.quizzes.saveDraft({
        ...draft,
        questions: [blankChoice("q1"), blankChoice("q1")],
      }),
    );
    expect(fieldErrors(duplicate).fields).toContainEqual({
      path: "questions.1.id",
      message: 'two questions have the id "q1": each question needs its own id',
    });
    const tagged = { ...blankChoice("q1"), tags: ["balance"] };
    const pool = await rejection(
      caller.authoring.quizzes.saveDraft({
        ...draft,
        settings: { ...draft.settings, pools: [{ by: "tag", key: "balance", draw: 2 }] },
        questions: [tagged],
      }),
    );
    expect(fieldErrors(pool).fields).toContainEqual({
      path: "settings.pools.0.draw",
      message: 'the pool for tag "balance" draws 2 question(s) but only 1 belong to it',
    });
    expect(await versionOf(world, "quiz", draft.quizId)).toBe(draft.baseVersion);
    // The same pool with enough questions is saved.
    const saved = await caller.authoring.quizzes.saveDraft({
      ...draft,
      settings: { ...draft.settings, pools: [{ by: "tag", key: "balance", draw: 1 }] },
      questions: [tagged],
    });
    expect(saved.version).toBe(draft.baseVersion + 1);
  });

  it("publishing a changed key answers with the attempts taken on earlier revisions", async () => {
    const id = await quizId(world);
    const caller = await coach();
    const quiz = await caller.authoring.quizzes.get({ quizId: id });
    if (!quiz.content) throw new Error("built-in quiz has no content");
    const saved = await caller.authoring.quizzes.saveDraft({
      quizId: id,
      baseVersion: quiz.version,
      ...quiz.content,
      title: `${quiz.content.title} (edited)`,
    });
    const published = await caller.authoring.quizzes.publish({
      quizId: id,
      baseVersion: saved.version,
    });
    expect(published).toMatchObject({ attemptsOnEarlierRevisions: expect.any(Number) as number });
  });

  it("a coach cannot save another course's quiz", async () => {
    const admin = await world.adminCallerFor("admin");
    const other = await admin.authoring.courses.create({
      slug: `other-${crypto.randomUUID().slice(0, 8)}`,
      title: "Someone else's course",
    });
    const created = await admin.authoring.quizzes.create({
      courseId: other.courseId,
      slug: "theirs",
      title: "Their quiz",
      kind: "final",
    });
    const quiz = await admin.authoring.quizzes.get({ quizId: created.quizId });
    if (!quiz.content) throw new Error("no draft");
    const error = await rejection(
      (await coach()).authoring.quizzes.saveDraft({
        quizId: created.quizId,
        baseVersion: quiz.version,
        ...quiz.content,
        title: "Taken over",
      }),
    );
    expect(error.code).toBe("FORBIDDEN");
    expect(await versionOf(world, "quiz", created.quizId)).toBe(quiz.version);
  });
});
