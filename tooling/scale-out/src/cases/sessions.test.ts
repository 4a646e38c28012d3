import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { addPerson } from "../cluster/people";
import { startCluster, type Cluster } from "../cluster/start-cluster";
import { signInWithForm } from "../http/sign-in";
import { trpcQuery } from "../http/trpc";
import { Visitor } from "../http/visitor";

let cluster: Cluster;
beforeAll(async () => {
  cluster = await startCluster();
});
afterAll(async () => {
  await cluster.stop();
});

describe("sign-in and sessions across instances", () => {
  it("the sign-in page and its form post land on different learner-site instances, and the session then works on both", async () => {
    const learner = await addPerson(cluster, "learner");
    const visitor = new Visitor(cluster.web.url);
    const outcome = await signInWithForm(visitor, learner.email, learner.password);
    expect(outcome.signedIn, outcome.message ?? outcome.answer.body.slice(0, 300)).toBe(true);
    expect(outcome.servedBy.page).not.toBe(outcome.servedBy.post);

    const servedBy = new Set<string | undefined>();
    for (let request = 0; request < 4; request += 1) {
      const me = await trpcQuery<{ email: string }>(visitor, "users.me", undefined);
      expect(me.error).toBeUndefined();
      expect(me.data?.email).toBe(learner.email);
      servedBy.add(me.http.servedBy);
    }
    expect([...servedBy].sort()).toEqual(["web-1", "web-2"]);
  });

  it("a wrong password is refused the same way on every instance", async () => {
    const learner = await addPerson(cluster, "learner");
    const visitor = new Visitor(cluster.web.url);
    const first = await signInWithForm(visitor, learner.email, "not my password at all");
    // A sign-in is two requests (page, post); one more in between sends the next post to the other instance.
    await visitor.get("/api/health");
    const second = await signInWithForm(visitor, learner.email, "still not my password");
    const answers = [first, second];
    expect(answers.map((answer) => [answer.signedIn, answer.message])).toEqual([
      [false, "Wrong email or password."],
      [false, "Wrong email or password."],
    ]);
    expect(new Set(answers.map((answer) => answer.servedBy.post)).size).toBe(2);
    expect(visitor.cookie("soleus-web.session")).toBeUndefined();
  });

  it("an admin signed in through the admin app's load balancer is recognised by both admin instances", async () => {
    const admin = await addPerson(cluster, "admin");
    const visitor = new Visitor(cluster.admin.url);
    const outcome = await signInWithForm(visitor, admin.email, admin.password);
    expect(outcome.signedIn, outcome.message ?? outcome.answer.body.slice(0, 300)).toBe(true);

    const servedBy = new Set<string | undefined>();
    for (let request = 0; request < 4; request += 1) {
      const list = await trpcQuery<{ email: string }[]>(visitor, "users.list", { limit: 50 });
      expect(list.error).toBeUndefined();
      expect(list.data?.map((user) => user.email)).toContain(admin.email);
      servedBy.add(list.http.servedBy);
    }
    expect([...servedBy].sort()).toEqual(["admin-1", "admin-2"]);
  });
});
