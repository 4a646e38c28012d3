import { TRPCError } from "@trpc/server";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestUser } from "@soleus/auth/testing/fixtures";
import { adminRouter, learnerRouter } from "./root";
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
}

const SIGNED_IN = ["learner", "otherLearner", "coach", "otherCoach", "admin"] as const;
const EVERYONE = ACTORS;
const ADMIN = ["admin"] as const;

/** Learner A's fresh open attempt: only learner A may touch it. */
async function learnerAttempt(world: World) {
  const caller = await world.callerFor("learner");
  return caller.attempts.start({ course: COURSE, quiz: QUIZ });
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

const ADMIN_RULES: Record<string, Rule> = {
  "courses.listManageable": { allowed: ["coach", "otherCoach", "admin"], input: () => undefined },
  "results.quizOverview": {
    allowed: ["coach", "admin"],
    input: (w) => ({ courseId: w.course.id }),
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
};

type Procedures = Record<string, { _def: { meta?: { access?: string } } }>;
const APPS = {
  web: { procedures: learnerRouter._def.procedures as unknown as Procedures, rules: LEARNER_RULES },
  admin: { procedures: adminRouter._def.procedures as unknown as Procedures, rules: ADMIN_RULES },
} as const;

let world: World;
beforeAll(async () => {
  world = await createWorld();
}, 120_000);
afterAll(async () => {
  await world?.database.destroy();
});

type Caller = Record<
  string,
  Record<string, ((input: unknown) => Promise<unknown>) | undefined> | undefined
>;
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
  const [group, name] = path.split(".") as [string, string];
  const procedure = caller[group]?.[name];
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
        it(`${path} × ${actor} → ${allowed ? "allowed" : "denied"}`, async () => {
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
        });
      }
    }
  });
}

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
      ]),
    );
  });

  for (const path of adminOnly) {
    it(`${path} called by an admin on the learner site → NOT_FOUND`, async () => {
      const caller = (await world.callerFor("admin")) as unknown as Caller;
      const [group, name] = path.split(".") as [string, string];
      const procedure = caller[group]?.[name];
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
