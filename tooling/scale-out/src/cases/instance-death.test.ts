import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { attemptResponses } from "@soleus/db/schema";
import type { PublicQuestion } from "@soleus/quiz-engine/schema";
import { addPerson } from "../cluster/people";
import { startCluster, type Cluster } from "../cluster/start-cluster";
import { signInWithForm } from "../http/sign-in";
import { trpcMutation, trpcQuery } from "../http/trpc";
import { Visitor } from "../http/visitor";
import { answerFor } from "../quiz/answers";

let cluster: Cluster;
beforeAll(async () => {
  cluster = await startCluster();
});
afterAll(async () => {
  await cluster.stop();
});

const COURSE = "the-second-heart";
const QUIZ = "meet-the-soleus-check";

interface AttemptView {
  attemptId: string;
  quiz: { questions: PublicQuestion[] };
  responses: Record<string, unknown>;
}

describe("one learner-site instance dying mid-quiz", () => {
  it("kill -9 during a burst of saves, then saves on: every answer the learner was told was saved is there after resuming", async () => {
    const learner = await addPerson(cluster, "learner");
    const visitor = new Visitor(cluster.web.url);
    expect((await signInWithForm(visitor, learner.email, learner.password)).signedIn).toBe(true);
    const started = await trpcMutation<AttemptView>(visitor, "attempts.start", {
      course: COURSE,
      quiz: QUIZ,
    });
    if (!started.data) throw new Error(`the quiz did not start: ${JSON.stringify(started.error)}`);
    const { attemptId, quiz } = started.data;
    expect(quiz.questions.length).toBeGreaterThanOrEqual(2);

    /** What the learner was told is saved (a 200), question by question; the last one wins. */
    const acknowledged = new Map<string, unknown>();
    const landedOn = new Set<string | undefined>();
    let refusedWhileDying = 0;
    // Like the quiz player's autosave: a save that failed is sent again until one is acknowledged.
    const save = async (question: PublicQuestion, variant: number) => {
      const response = answerFor(question, variant);
      for (let attempt = 0; attempt < 40; attempt += 1) {
        const answer = await trpcMutation(visitor, "attempts.saveResponse", {
          attemptId,
          questionId: question.id,
          response,
        }).catch(() => undefined);
        if (answer?.http.status === 200) {
          acknowledged.set(question.id, response);
          landedOn.add(answer.http.servedBy);
          return;
        }
        refusedWhileDying += 1;
        await new Promise((resolve) => setTimeout(resolve, 100));
      }
      throw new Error(`the save of ${question.id} was never acknowledged`);
    };

    // First pass: every question answered once, one save after another, on both instances.
    for (const question of quiz.questions) await save(question, 0);
    expect([...landedOn].sort()).toEqual(["web-1", "web-2"]);

    // web-1 dies (no chance to finish anything) while a burst of changed answers is in flight.
    const burst = Promise.all(quiz.questions.map((question) => save(question, 1)));
    await new Promise((resolve) => setTimeout(resolve, 15));
    await cluster.kill("web-1");
    await burst;

    // And between saves: the next answers go on as if nothing happened.
    for (const question of quiz.questions) await save(question, 2);

    // Resume through the load balancer: everything acknowledged is there, on the survivor.
    const resumed = await trpcQuery<AttemptView>(visitor, "attempts.get", { attemptId });
    expect(resumed.http.servedBy).toBe("web-2");
    expect(resumed.data?.responses).toEqual(Object.fromEntries(acknowledged));
    const stored = await cluster.database.db
      .select()
      .from(attemptResponses)
      .where(eq(attemptResponses.attemptId, attemptId));
    // The rows hold the authored option ids (the learner only ever sees per-attempt opaque ones,
    // decision 0013), so compare which questions were kept; the resumed view above compares values.
    expect(stored.map((row) => row.questionId).sort()).toEqual([...acknowledged.keys()].sort());
    // Saves refused while the load balancer noticed were never acknowledged, so nothing was promised.
    console.log(
      `instance death: ${refusedWhileDying} save(s) refused and sent again while web-1 died`,
    );
  });
});
