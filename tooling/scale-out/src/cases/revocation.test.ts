import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { addPerson, type Person } from "../cluster/people";
import { startCluster, type Cluster } from "../cluster/start-cluster";
import { signInWithForm } from "../http/sign-in";
import { trpcMutation, trpcQuery } from "../http/trpc";
import { Visitor } from "../http/visitor";

let cluster: Cluster;
let admin: Visitor;
beforeAll(async () => {
  cluster = await startCluster();
  const person = await addPerson(cluster, "admin");
  admin = await signedIn(cluster.admin.url, person);
});
afterAll(async () => {
  await cluster.stop();
});

async function signedIn(site: string, person: Person): Promise<Visitor> {
  const visitor = new Visitor(site);
  const outcome = await signInWithForm(visitor, person.email, person.password);
  if (!outcome.signedIn)
    throw new Error(`sign-in failed: ${outcome.message ?? outcome.answer.status}`);
  return visitor;
}

/** Asks "who am I?" twice in a row (so once on each learner-site instance), returning both answers. */
async function whoAmIOnBoth(visitor: Visitor) {
  const answers = [
    await trpcQuery<{ email: string }>(visitor, "users.me", undefined),
    await trpcQuery<{ email: string }>(visitor, "users.me", undefined),
  ];
  expect(new Set(answers.map((answer) => answer.http.servedBy)).size).toBe(2);
  return answers;
}

const SIGNED_OUT = { code: "UNAUTHORIZED", status: 401 };
const outcome = (answer: Awaited<ReturnType<typeof whoAmIOnBoth>>[number]) => ({
  code: answer.error?.code,
  status: answer.http.status,
});

describe("revocation holds on the next request, whichever instance it lands on", () => {
  it("signing out on one instance: the same session cookie, used next on the other instance, is refused", async () => {
    const learner = await addPerson(cluster, "learner");
    const device = await signedIn(cluster.web.url, learner);
    const copy = new Visitor(cluster.web.url);
    copy.setCookie("soleus-web.session", device.cookie("soleus-web.session") ?? "missing");
    for (const answer of await whoAmIOnBoth(copy)) expect(answer.data?.email).toBe(learner.email);

    const signOut = await device.post("/sign-out", "", "application/x-www-form-urlencoded");
    expect(signOut.status).toBe(303);
    const next = await trpcQuery<{ email: string }>(copy, "users.me", undefined);
    expect(next.http.servedBy).not.toBe(signOut.servedBy);
    expect(outcome(next)).toEqual(SIGNED_OUT);
  });

  it("'sign out all my devices' on one instance ends the other device's session on the other instance", async () => {
    const learner = await addPerson(cluster, "learner");
    const phone = await signedIn(cluster.web.url, learner);
    const laptop = await signedIn(cluster.web.url, learner);
    for (const answer of await whoAmIOnBoth(laptop)) expect(answer.data?.email).toBe(learner.email);

    const everywhere = await trpcMutation(phone, "users.signOutAllMyDevices", undefined);
    expect(everywhere.error).toBeUndefined();
    const next = await trpcQuery<{ email: string }>(laptop, "users.me", undefined);
    expect(next.http.servedBy).not.toBe(everywhere.http.servedBy);
    expect(outcome(next)).toEqual(SIGNED_OUT);
    for (const answer of await whoAmIOnBoth(laptop)) expect(outcome(answer)).toEqual(SIGNED_OUT);
  });

  it("an admin switching an account off (admin app) ends its sessions on both learner-site instances at once", async () => {
    const learner = await addPerson(cluster, "learner");
    const device = await signedIn(cluster.web.url, learner);
    for (const answer of await whoAmIOnBoth(device)) expect(answer.data?.email).toBe(learner.email);

    const disabled = await trpcMutation(admin, "users.setDisabled", {
      userId: learner.id,
      disabled: true,
    });
    expect(disabled.error).toBeUndefined();
    expect(disabled.http.servedBy).toMatch(/^admin-[12]$/);
    for (const answer of await whoAmIOnBoth(device)) expect(outcome(answer)).toEqual(SIGNED_OUT);

    // And the right password no longer lets them back in, on either instance.
    for (let attempt = 0; attempt < 2; attempt += 1) {
      const again = await signInWithForm(
        new Visitor(cluster.web.url),
        learner.email,
        learner.password,
      );
      expect([again.signedIn, again.message]).toEqual([
        false,
        "This account is switched off. Please contact the Soleus team.",
      ]);
    }
  });

  it("an admin's 'sign out everywhere' ends every session of that person on both instances; signing in again works", async () => {
    const learner = await addPerson(cluster, "learner");
    const devices = [
      await signedIn(cluster.web.url, learner),
      await signedIn(cluster.web.url, learner),
    ];

    const everywhere = await trpcMutation(admin, "users.signOutEverywhere", { userId: learner.id });
    expect(everywhere.error).toBeUndefined();
    for (const device of devices)
      for (const answer of await whoAmIOnBoth(device)) expect(outcome(answer)).toEqual(SIGNED_OUT);

    const fresh = await signedIn(cluster.web.url, learner);
    for (const answer of await whoAmIOnBoth(fresh)) expect(answer.data?.email).toBe(learner.email);
  });
});
