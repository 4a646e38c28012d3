import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { addPerson } from "../cluster/people";
import { startCluster, type Cluster } from "../cluster/start-cluster";
import { signInWithForm, type SignInOutcome } from "../http/sign-in";
import { Visitor } from "../http/visitor";

let cluster: Cluster;
beforeAll(async () => {
  cluster = await startCluster();
});
afterAll(async () => {
  await cluster.stop();
});

const WRONG = "Wrong email or password.";
const MAX_TRIES = 30;

/**
 * Wrong passwords for one account, one after another, until the form says to wait (the sign-in
 * limit, decision 0018). Returns every answer up to that one.
 * Written against what a person sees, so it holds whatever the limiter's exact policy is.
 */
async function guessUntilLimited(visitor: Visitor, email: string): Promise<SignInOutcome[]> {
  const answers: SignInOutcome[] = [];
  for (let attempt = 1; attempt <= MAX_TRIES; attempt += 1) {
    const answer = await signInWithForm(visitor, email, `wrong guess number ${attempt}`);
    answers.push(answer);
    expect(answer.signedIn).toBe(false);
    // A warning before the last free try still says "wrong"; the limit says "please wait".
    if (!answer.message?.startsWith(WRONG) || answer.message.includes("please wait"))
      return answers;
    // Page + post is two requests; one more makes the next post land on the other instance.
    await visitor.get("/api/health");
  }
  throw new Error(`${MAX_TRIES} wrong passwords were never limited`);
}

describe("sign-in limits hold across instances", () => {
  it("wrong passwords for one account spread over both instances are limited as one: after as many as on a single instance", async () => {
    // The baseline: one account's guesses all sent to one instance (bypassing the load balancer).
    const alone = await addPerson(cluster, "learner");
    const single = await guessUntilLimited(
      new Visitor(cluster.web.url, { pinnedTo: cluster.web.instances[0]?.url ?? "" }),
      alone.email,
    );

    // Another account's guesses through the load balancer, from another client address.
    const spread = await addPerson(cluster, "learner");
    const balanced = await guessUntilLimited(
      new Visitor(cluster.web.url, { localAddress: "127.0.0.2" }),
      spread.email,
    );
    const failuresPerInstance = new Map<string | undefined, number>();
    for (const answer of balanced.slice(0, -1))
      failuresPerInstance.set(
        answer.servedBy.post,
        (failuresPerInstance.get(answer.servedBy.post) ?? 0) + 1,
      );

    expect([...failuresPerInstance.keys()].sort()).toEqual(["web-1", "web-2"]);
    expect(Math.min(...failuresPerInstance.values())).toBeGreaterThanOrEqual(2);
    // Counted per instance, the limit would need about twice as many guesses.
    expect(balanced.length).toBe(single.length);
    expect(balanced.at(-1)?.message).toBe(single.at(-1)?.message);
  });

  it("once limited, the account stays limited on the other instance too", async () => {
    const learner = await addPerson(cluster, "learner");
    const visitor = new Visitor(cluster.web.url, { localAddress: "127.0.0.3" });
    const answers = await guessUntilLimited(visitor, learner.email);
    const limitedOn = answers.at(-1)?.servedBy.post;
    await visitor.get("/api/health");
    const next = await signInWithForm(visitor, learner.email, "one more wrong guess");
    expect(next.servedBy.post).not.toBe(limitedOn);
    expect(next.signedIn).toBe(false);
    expect(next.message).toContain("please wait");
  });

  it("clients behind the load balancer are told apart: one client's wrong passwords do not lock another client out", async () => {
    const noisy = new Visitor(cluster.web.url, { localAddress: "127.0.0.4" });
    for (let account = 0; account < 8; account += 1) {
      const target = await addPerson(cluster, "learner");
      expect((await signInWithForm(noisy, target.email, "a wrong guess")).signedIn).toBe(false);
    }
    const bystander = await addPerson(cluster, "learner");
    const outcome = await signInWithForm(
      new Visitor(cluster.web.url, { localAddress: "127.0.0.5" }),
      bystander.email,
      bystander.password,
    );
    expect([outcome.signedIn, outcome.message]).toEqual([true, undefined]);
  });
});
