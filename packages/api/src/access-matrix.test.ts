import { TRPCError } from "@trpc/server";
import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestUser } from "@soleus/auth/testing/fixtures";
import { adminRouter, learnerRouter } from "./root";
import {
  freshAssignedCourse,
  lessonId,
  offerSourceUpdate,
  publishedRevisionOf,
  quizId,
  versionOf,
  warmUpPublishChecks,
} from "./testing/authoring-fixtures";
import { courseAccommodations, regradeDryRuns, regradeJobs } from "@soleus/db/schema";
import { addRegradeQuiz } from "./testing/regrade-fixtures";
import { sampleResponse } from "./testing/sample-response";
import { optionIdByText } from "./testing/option-by-text";
import {
  ACTORS,
  addImmediateFeedbackQuiz,
  COURSE,
  createWorld,
  IMMEDIATE_QUIZ,
  QUIZ,
  type ActorName,
  type World,
} from "./testing/world";

type Input = (world: World, actor: ActorName) => unknown;
interface Rule {
  /** Who may call it; everyone else must be denied. */
  allowed: readonly ActorName[];
  input: Input;
  /** The caller's clock, when the input is only valid at another time. */
  now?: () => Date;
  /** A longer time budget (publishing a whole course runs every content check). */
  timeoutMs?: number;
}

const SIGNED_IN = ["learner", "otherLearner", "coach", "otherCoach", "admin"] as const;
const EVERYONE = ACTORS;
const ADMIN = ["admin"] as const;

/** Learner A's fresh open attempt: only learner A may touch it. */
async function learnerAttempt(world: World) {
  const caller = await world.callerFor("learner");
  return caller.attempts.start({ course: COURSE, quiz: QUIZ });
}

/** The id of one of the seeded course's quizzes. */
async function quizIdOf(world: World, slug: string): Promise<string> {
  const quiz = await world.db.query.quizzes.findFirst({
    where: (table, { and, eq }) => and(eq(table.courseId, world.course.id), eq(table.slug, slug)),
  });
  if (!quiz) throw new Error(`no quiz ${slug}`);
  return quiz.id;
}

/** Learner A with one submitted attempt at the seeded course (made once). */
async function submittedLearner(world: World): Promise<string> {
  const learner = await world.db.query.users.findFirst({
    where: (table, { eq }) => eq(table.id, world.people.learner.id),
  });
  if (!learner) throw new Error("no learner");
  const caller = await world.callerFor("learner");
  const history = await caller.attempts.history({ course: COURSE });
  if (!JSON.stringify(history).includes('"submitted"')) {
    const attempt = await caller.attempts.start({ course: COURSE, quiz: QUIZ });
    await caller.attempts.submit({ attemptId: attempt.attemptId });
  }
  return learner.id;
}

const dayAhead = () => new Date(Date.now() + 24 * 3600 * 1000);

/** A question the actor missed in a submitted attempt, so it is in their review list. */
async function missedQuestion(world: World, actor: ActorName) {
  if (actor === "anonymous")
    return { course: COURSE, quiz: QUIZ, questionId: "x", response: { optionId: "a" } };
  const caller = await world.callerFor(actor);
  const attempt = await caller.attempts.start({ course: COURSE, quiz: QUIZ });
  await caller.attempts.submit({ attemptId: attempt.attemptId });
  // A missed question comes due a little later (FSRS's first learning step), so look ahead a day.
  const queue = await (await world.callerFor(actor, dayAhead)).review.queue();
  const item = queue.due[0];
  if (!item) throw new Error("nothing due after an unanswered attempt");
  return {
    course: item.course,
    quiz: item.quiz,
    questionId: item.question.id,
    response: sampleResponse(item.question),
  };
}

/**
 * Every procedure of each app's router must appear in that router's rules. A new procedure
 * without a rule fails the "every procedure has a rule" test, so access is always decided on purpose.
 */
const ACCOUNT_RULES: Record<string, Rule> = {
  "users.me": { allowed: SIGNED_IN, input: () => undefined },
  "users.updateMyProfile": { allowed: SIGNED_IN, input: () => ({ name: "Renamed Person" }) },
  "users.signOutAllMyDevices": { allowed: SIGNED_IN, input: () => undefined },
};

const LEARNER_RULES: Record<string, Rule> = {
  "courses.list": { allowed: EVERYONE, input: () => undefined },
  "courses.get": { allowed: EVERYONE, input: () => ({ course: COURSE }) },
  "courses.lesson": {
    allowed: EVERYONE,
    input: () => ({ course: COURSE, lesson: "meet-the-soleus" }),
  },
  "attempts.start": { allowed: SIGNED_IN, input: () => ({ course: COURSE, quiz: QUIZ }) },
  "attempts.about": { allowed: SIGNED_IN, input: () => ({ course: COURSE, quiz: QUIZ }) },
  "attempts.get": {
    allowed: ["learner"],
    input: async (w) => ({ attemptId: (await learnerAttempt(w)).attemptId }),
  },
  "attempts.saveResponse": {
    allowed: ["learner"],
    input: async (w) => {
      const attempt = await learnerAttempt(w);
      const question = attempt.quiz.questions[0];
      if (question?.type !== "single_choice")
        throw new Error("fixture expects a single-choice question first");
      return {
        attemptId: attempt.attemptId,
        questionId: question.id,
        response: { optionId: question.options[0]?.id },
      };
    },
  },
  "attempts.visit": {
    allowed: ["learner"],
    input: async (w) => {
      const attempt = await learnerAttempt(w);
      return { attemptId: attempt.attemptId, questionId: attempt.quiz.questions[1]?.id ?? "" };
    },
  },
  "attempts.check": {
    allowed: ["learner"],
    input: async (w) => {
      await addImmediateFeedbackQuiz(w);
      const attempt = await (
        await w.callerFor("learner")
      ).attempts.start({ course: COURSE, quiz: IMMEDIATE_QUIZ });
      return {
        attemptId: attempt.attemptId,
        questionId: "where-is-it",
        response: { optionId: optionIdByText(attempt.quiz, "where-is-it", "In the thigh") },
      };
    },
  },
  "attempts.submit": {
    allowed: ["learner"],
    input: async (w) => ({ attemptId: (await learnerAttempt(w)).attemptId }),
  },
  "attempts.history": { allowed: SIGNED_IN, input: () => ({ course: COURSE }) },
  "progress.markLessonComplete": {
    allowed: SIGNED_IN,
    input: () => ({ course: COURSE, lesson: "meet-the-soleus" }),
  },
  "progress.overview": { allowed: SIGNED_IN, input: () => undefined },
  "review.queue": { allowed: SIGNED_IN, input: () => undefined },
  // Practice grades a question only once it is due: answer it when it is.
  "review.answer": { allowed: SIGNED_IN, input: missedQuestion, now: dayAhead },
  "progress.mine": { allowed: SIGNED_IN, input: () => ({ course: COURSE }) },
  "progress.completion": { allowed: SIGNED_IN, input: () => ({ course: COURSE }) },
  ...ACCOUNT_RULES,
};

const AUTHORS = ["coach", "admin"] as const;
const COACHES = ["coach", "otherCoach", "admin"] as const;
const slugFor = () => `new-${crypto.randomUUID()}`;

/** The course, lesson and quiz rules share one draft/publish mechanism: one set of rules each. */
function documentRules(
  kind: "course" | "lesson" | "quiz",
  idOf: (w: World) => Promise<string>,
): Record<string, Rule> {
  const key = { course: "courseId", lesson: "lessonId", quiz: "quizId" }[kind];
  const group = { course: "courses", lesson: "lessons", quiz: "quizzes" }[kind];
  const ref = async (w: World) => ({ [key]: await idOf(w) });
  const versioned = async (w: World) => {
    const id = await idOf(w);
    return { [key]: id, baseVersion: await versionOf(w, kind, id) };
  };
  return {
    [`authoring.${group}.revisions`]: { allowed: AUTHORS, input: ref },
    [`authoring.${group}.revision`]: {
      allowed: AUTHORS,
      input: async (w) => {
        const id = await idOf(w);
        return { [key]: id, revisionId: await publishedRevisionOf(w, kind, id) };
      },
    },
    [`authoring.${group}.restore`]: {
      allowed: AUTHORS,
      input: async (w) => {
        const id = await idOf(w);
        return {
          [key]: id,
          revisionId: await publishedRevisionOf(w, kind, id),
          baseVersion: await versionOf(w, kind, id),
        };
      },
    },
    [`authoring.${group}.takeSourceVersion`]: {
      allowed: AUTHORS,
      input: async (w) => {
        await offerSourceUpdate(w, kind, await idOf(w));
        return versioned(w);
      },
    },
    // Publishing the unchanged built-in content: it passes the checks and changes nothing.
    [`authoring.${group}.publish`]: { allowed: AUTHORS, input: versioned, timeoutMs: 120_000 },
  };
}

const builtInCourse = (w: World) => Promise.resolve(w.course.id);
/** A lesson of a fresh course the coach is assigned to (safe to unpublish). */
async function freshLesson(w: World) {
  const courseId = await freshAssignedCourse(w);
  const caller = await w.adminCallerFor("admin");
  return caller.authoring.lessons.create({ courseId, slug: slugFor(), title: "A new lesson" });
}

const AUTHORING_RULES: Record<string, Rule> = {
  "authoring.courses.list": { allowed: COACHES, input: () => ({}) },
  "authoring.courses.create": {
    allowed: COACHES,
    input: () => ({ slug: slugFor(), title: "A new course" }),
  },
  "authoring.courses.get": { allowed: AUTHORS, input: (w) => ({ courseId: w.course.id }) },
  "authoring.courses.saveDraft": {
    allowed: AUTHORS,
    input: async (w) => {
      const courseId = await freshAssignedCourse(w);
      return {
        courseId,
        baseVersion: 0,
        title: "Renamed",
        summary: "A summary.",
        audience: "Everyone.",
        objectives: [],
      };
    },
  },
  "authoring.courses.reorderLessons": {
    allowed: AUTHORS,
    input: async (w) => {
      const caller = await w.adminCallerFor("admin");
      const course = await caller.authoring.courses.get({ courseId: w.course.id });
      return {
        courseId: w.course.id,
        baseVersion: course.version,
        lessonIds: course.lessons.map((lesson) => lesson.id),
      };
    },
  },
  "authoring.courses.moveLesson": {
    allowed: AUTHORS,
    input: async (w) => {
      const caller = await w.adminCallerFor("admin");
      const course = await caller.authoring.courses.get({ courseId: w.course.id });
      const [, second] = course.lessons;
      if (!second) throw new Error("the course needs two lessons");
      // Up then (next caller) up again would reach the top; move the last one up: always possible.
      const last = course.lessons[course.lessons.length - 1] ?? second;
      return {
        courseId: w.course.id,
        baseVersion: course.version,
        lessonId: last.id,
        direction: "up",
      };
    },
  },
  "authoring.courses.assignCoach": {
    allowed: ADMIN,
    input: async (w) => ({
      courseId: w.course.id,
      userId: (await createTestUser(w.db, "coach")).id,
    }),
  },
  "authoring.courses.unassignCoach": {
    allowed: ADMIN,
    input: async (w) => ({
      courseId: w.course.id,
      userId: (await createTestUser(w.db, "coach")).id,
    }),
  },
  "authoring.courses.archive": {
    allowed: AUTHORS,
    input: async (w) => ({ courseId: await freshAssignedCourse(w) }),
  },
  "authoring.courses.unarchive": {
    allowed: AUTHORS,
    input: async (w) => ({ courseId: await freshAssignedCourse(w) }),
  },
  "authoring.courses.unpublish": {
    allowed: AUTHORS,
    input: async (w) => ({ courseId: await freshAssignedCourse(w) }),
  },
  ...documentRules("course", builtInCourse),
  "authoring.courseWords.list": { allowed: AUTHORS, input: (w) => ({ courseId: w.course.id }) },
  "authoring.courseWords.add": {
    allowed: AUTHORS,
    input: (w) => ({ courseId: w.course.id, words: ["Matrixword"] }),
  },
  "authoring.courseWords.remove": {
    allowed: AUTHORS,
    input: (w) => ({ courseId: w.course.id, word: "Matrixword" }),
  },
  "authoring.lessons.create": {
    allowed: AUTHORS,
    input: async (w) => ({
      courseId: await freshAssignedCourse(w),
      slug: slugFor(),
      title: "A lesson",
    }),
  },
  "authoring.lessons.get": {
    allowed: AUTHORS,
    input: async (w) => ({ lessonId: await lessonId(w) }),
  },
  "authoring.lessons.saveDraft": {
    allowed: AUTHORS,
    input: async (w) => {
      const { lessonId: id, version } = await freshLesson(w);
      return {
        lessonId: id,
        baseVersion: version,
        title: "Edited",
        summary: "A summary.",
        minutes: 5,
        objectives: [],
        bodyMarkdown: "Some text.",
      };
    },
  },
  "authoring.lessons.unpublish": {
    allowed: AUTHORS,
    input: async (w) => ({ lessonId: (await freshLesson(w)).lessonId }),
  },
  ...documentRules("lesson", (w) => lessonId(w)),
  "authoring.quizzes.create": {
    allowed: AUTHORS,
    input: async (w) => ({
      courseId: await freshAssignedCourse(w),
      slug: slugFor(),
      title: "A quiz",
      kind: "lesson_check",
    }),
  },
  "authoring.quizzes.get": { allowed: AUTHORS, input: async (w) => ({ quizId: await quizId(w) }) },
  "authoring.quizzes.saveDraft": {
    allowed: AUTHORS,
    input: async (w) => {
      const caller = await w.adminCallerFor("admin");
      const created = await caller.authoring.quizzes.create({
        courseId: await freshAssignedCourse(w),
        slug: slugFor(),
        title: "A quiz",
        kind: "lesson_check",
      });
      const quiz = await caller.authoring.quizzes.get({ quizId: created.quizId });
      const content = quiz.content;
      if (!content) throw new Error("new quiz has no draft");
      return { quizId: created.quizId, baseVersion: quiz.version, ...content, title: "Renamed" };
    },
  },
  "authoring.quizzes.unpublish": {
    allowed: AUTHORS,
    input: async (w) => {
      const caller = await w.adminCallerFor("admin");
      const created = await caller.authoring.quizzes.create({
        courseId: await freshAssignedCourse(w),
        slug: slugFor(),
        title: "A quiz",
        kind: "final",
      });
      return { quizId: created.quizId };
    },
  },
  ...documentRules("quiz", (w) => quizId(w)),
  "authoring.presence.heartbeat": {
    allowed: AUTHORS,
    input: async (w) => ({ lessonId: await lessonId(w) }),
  },
  "authoring.presence.list": {
    allowed: AUTHORS,
    input: async (w) => ({ lessonId: await lessonId(w) }),
  },
  "authoring.presence.leave": {
    allowed: AUTHORS,
    input: async (w) => ({ lessonId: await lessonId(w) }),
  },
};

const ADMIN_RULES: Record<string, Rule> = {
  ...AUTHORING_RULES,
  "courses.listManageable": { allowed: ["coach", "otherCoach", "admin"], input: () => undefined },
  "results.quizOverview": {
    allowed: ["coach", "admin"],
    input: (w) => ({ courseId: w.course.id }),
  },
  "results.overview": {
    allowed: ["coach", "admin"],
    input: (w) => ({ courseId: w.course.id }),
  },
  "results.filterOptions": { allowed: ["coach", "otherCoach", "admin"], input: () => ({}) },
  "results.scoreDistribution": {
    allowed: ["coach", "admin"],
    input: async (w) => ({ quizId: await quizIdOf(w, QUIZ), binWidth: 20 }),
  },
  "results.objectiveMastery": {
    allowed: ["coach", "admin"],
    input: (w) => ({ courseId: w.course.id }),
  },
  "results.misconceptions": {
    allowed: ["coach", "admin"],
    input: (w) => ({ courseId: w.course.id }),
  },
  "results.wrongAnswers": {
    allowed: ["coach", "admin"],
    input: async (w) => ({ quizId: await quizIdOf(w, QUIZ) }),
  },
  "results.learners": {
    allowed: ["coach", "admin"],
    input: (w) => ({ courseId: w.course.id, search: "example" }),
  },
  "results.learnerAttempts": {
    allowed: ["coach", "admin"],
    input: async (w) => ({ courseId: w.course.id, userId: await submittedLearner(w) }),
  },
  "results.itemAnalysis": {
    allowed: ["coach", "admin"],
    input: async (w) => ({ quizId: await quizIdOf(w, QUIZ) }),
  },
  ...ACCOUNT_RULES,
  "users.list": { allowed: ADMIN, input: () => ({}) },
  "users.createCoach": {
    allowed: ADMIN,
    input: () => ({
      name: "New Coach",
      email: `coach-${crypto.randomUUID()}@example.org`,
      password: "coaching calves daily",
    }),
  },
  "users.changeRole": {
    allowed: ADMIN,
    input: async (w) => ({ userId: (await createTestUser(w.db, "learner")).id, role: "coach" }),
  },
  "users.setDisabled": {
    allowed: ADMIN,
    input: async (w) => ({ userId: (await createTestUser(w.db, "learner")).id, disabled: true }),
  },
  "users.signOutEverywhere": {
    allowed: ADMIN,
    input: async (w) => ({ userId: (await createTestUser(w.db, "learner")).id }),
  },
  "dashboard.overview": { allowed: ["coach", "otherCoach", "admin"], input: () => undefined },
  "accommodations.list": { allowed: AUTHORS, input: (w) => ({ courseId: w.course.id }) },
  "accommodations.set": {
    allowed: AUTHORS,
    input: async (w) => ({
      courseId: w.course.id,
      email: (await createTestUser(w.db, "learner")).email,
      timeMultiplier: 1.5,
    }),
  },
  "accommodations.remove": {
    allowed: AUTHORS,
    input: async (w) => {
      const learner = await createTestUser(w.db, "learner");
      await w.db.insert(courseAccommodations).values({
        courseId: w.course.id,
        userId: learner.id,
        timeMultiplier: 1.5,
        updatedAt: new Date(),
      });
      return { courseId: w.course.id, userId: learner.id };
    },
  },
  "regrade.status": { allowed: AUTHORS, input: async (w) => ({ quizId: await quizIdOf(w, QUIZ) }) },
  "regrade.startDryRun": {
    allowed: AUTHORS,
    input: async (w) => ({ quizId: await quizIdOf(w, QUIZ) }),
  },
  "regrade.dryRunProgress": {
    allowed: AUTHORS,
    input: async (w) => {
      const id = await quizIdOf(w, QUIZ);
      const [run] = await w.db
        .insert(regradeDryRuns)
        .values({
          quizId: id,
          targetRevisionId: await publishedRevisionOf(w, "quiz", id),
          status: "done",
          total: 0,
          summary: {},
          rows: [],
          startedAt: new Date(),
        })
        .onConflictDoNothing()
        .returning();
      const [kept] = run
        ? [run]
        : await w.db.select().from(regradeDryRuns).where(eq(regradeDryRuns.quizId, id));
      return { quizId: id, dryRunId: kept?.id };
    },
  },
  // A fresh quiz each time, so one caller's running regrade never blocks the next.
  "regrade.start": {
    allowed: AUTHORS,
    input: async (w) => {
      const quiz = await addRegradeQuiz(w, `matrix-${crypto.randomUUID()}`);
      return {
        quizId: quiz.id,
        targetRevisionId: await publishedRevisionOf(w, "quiz", quiz.id),
        mode: "all",
      };
    },
  },
  "regrade.progress": {
    allowed: AUTHORS,
    input: async (w) => {
      const id = await quizIdOf(w, QUIZ);
      const [job] = await w.db
        .insert(regradeJobs)
        .values({
          quizId: id,
          targetRevisionId: await publishedRevisionOf(w, "quiz", id),
          mode: "all",
          status: "done",
          total: 0,
          startedAt: new Date(),
        })
        .returning();
      return { quizId: id, jobId: job?.id };
    },
  },
  "audit.list": { allowed: ADMIN, input: () => ({ action: "user.created", page: 1 }) },
};

type Procedures = Record<string, { _def: { meta?: { access?: string } } }>;
const APPS = {
  web: { procedures: learnerRouter._def.procedures as unknown as Procedures, rules: LEARNER_RULES },
  admin: { procedures: adminRouter._def.procedures as unknown as Procedures, rules: ADMIN_RULES },
} as const;

let world: World;
beforeAll(async () => {
  world = await createWorld();
  await warmUpPublishChecks();
}, 240_000);
afterAll(async () => {
  await world.database.destroy();
});

type Caller = Record<string, unknown>;
/** The procedure at a dotted path ("authoring.lessons.get") of a caller. */
function procedureAt(caller: Caller, path: string) {
  let at: unknown = caller;
  for (const part of path.split(".")) at = (at as Record<string, unknown> | undefined)?.[part];
  return at as ((input: unknown) => Promise<unknown>) | undefined;
}
async function call(
  app: keyof typeof APPS,
  actor: ActorName,
  path: string,
  input: unknown,
  now?: () => Date,
): Promise<unknown> {
  const caller = (app === "web"
    ? await world.callerFor(actor, now)
    : await world.adminCallerFor(actor, now)) as unknown as Caller;
  const procedure = procedureAt(caller, path);
  if (!procedure) throw new Error(`no procedure ${path}`);
  return procedure(input);
}

for (const [app, { procedures, rules }] of Object.entries(APPS) as [
  keyof typeof APPS,
  (typeof APPS)[keyof typeof APPS],
][]) {
  describe(`access matrix of the ${app} router (generated from the router)`, () => {
    it("every procedure has a rule and declares its access level", () => {
      expect(Object.keys(procedures).sort()).toEqual(Object.keys(rules).sort());
      for (const [path, procedure] of Object.entries(procedures)) {
        expect([path, procedure._def.meta?.access]).toEqual([
          path,
          expect.stringMatching(/^(public|learner|coach|admin)$/),
        ]);
      }
    });

    for (const path of Object.keys(procedures)) {
      for (const actor of ACTORS) {
        const rule = rules[path];
        const allowed = rule?.allowed.includes(actor) ?? false;
        it(
          `${path} × ${actor} → ${allowed ? "allowed" : "denied"}`,
          async () => {
            if (!rule) throw new Error(`no access rule for ${path}: add one to the ${app} rules`);
            const input = await rule.input(world, actor);
            const outcome = await call(app, actor, path, input, rule.now).then(
              () => "allowed",
              (error: unknown) => {
                if (
                  error instanceof TRPCError &&
                  ["UNAUTHORIZED", "FORBIDDEN", "NOT_FOUND"].includes(error.code)
                )
                  return error.code;
                throw error;
              },
            );
            if (allowed) expect(outcome).toBe("allowed");
            else
              expect(outcome).toEqual(
                actor === "anonymous"
                  ? "UNAUTHORIZED"
                  : expect.stringMatching(/^(FORBIDDEN|NOT_FOUND)$/),
              );
          },
          rule?.timeoutMs,
        );
      }
    }
  });
}

describe("a coach cannot reach another course's lesson or quiz by also naming a course of their own", () => {
  // The course check reads `courseId` first; every authoring input is a strict object, so one
  // that carries a lesson or quiz id may not carry a course id as well.
  const targeted = Object.entries(AUTHORING_RULES).filter(([path]) =>
    /^authoring\.(lessons|quizzes|presence)\./.test(path),
  );
  it("checks every lesson, quiz and presence procedure", () => {
    expect(targeted.length).toBeGreaterThanOrEqual(20);
  });
  for (const [path, rule] of targeted) {
    it(`${path}: another course's id with the coach's own courseId → refused`, async () => {
      const input = (await rule.input(world, "coach")) as Record<string, unknown>;
      if (!("lessonId" in input) && !("quizId" in input)) return; // names a course only
      const own = (await world.adminCallerFor("otherCoach")).authoring.courses.create({
        slug: slugFor(),
        title: "Another coach's course",
      });
      const outcome = await call(
        "admin",
        "otherCoach",
        path,
        { ...input, courseId: (await own).courseId },
        rule.now,
      ).then(
        () => "allowed",
        (error: unknown) => (error instanceof TRPCError ? error.code : String(error)),
      );
      expect(outcome).toMatch(/^(BAD_REQUEST|FORBIDDEN|NOT_FOUND)$/);
    });
  }
});

describe("the learner site has no coach or admin procedure", () => {
  it("every procedure on the learner router is public or for signed-in learners", () => {
    for (const [path, procedure] of Object.entries(APPS.web.procedures)) {
      expect([path, procedure._def.meta?.access]).toEqual([
        path,
        expect.stringMatching(/^(public|learner)$/),
      ]);
    }
  });

  const adminOnly = Object.keys(APPS.admin.procedures).filter(
    (path) => !(path in APPS.web.procedures),
  );
  it("lists the admin-only procedures it checks", () => {
    expect(adminOnly).toEqual(
      expect.arrayContaining([
        "users.list",
        "users.changeRole",
        "results.quizOverview",
        "courses.listManageable",
        "authoring.lessons.saveDraft",
        "authoring.courses.publish",
        "audit.list",
        "dashboard.overview",
      ]),
    );
  });

  for (const path of adminOnly) {
    it(`${path} called by an admin on the learner site → NOT_FOUND`, async () => {
      const caller = (await world.callerFor("admin")) as unknown as Caller;
      const procedure = procedureAt(caller, path);
      const outcome = await Promise.resolve()
        .then(() => procedure?.({}))
        .then(
          () => "answered",
          (error: unknown) => (error instanceof TRPCError ? error.code : String(error)),
        );
      expect(outcome).toBe("NOT_FOUND");
    });
  }
});
