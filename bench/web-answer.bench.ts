/**
 * Saved-answer round trip: 50 learners at once, each with a session and an open attempt, each
 * saving answers one after another through the learner site's tRPC endpoint
 * (`POST /api/trpc/attempts.saveResponse`, same-origin, session cookie), the way the quiz player
 * does. Learners are signed up with the auth package's own sign-up and session helpers on the
 * product's database; attempts are started over HTTP. Per database: a warm-up, then 5 bounded runs.
 *
 *   pnpm --filter @soleus/bench bench web-answer          (BENCH_DB=postgres|embedded for one)
 */
import { mkdirSync, writeFileSync } from "node:fs";
import { createSession } from "@soleus/auth/session";
import { signUpLearner } from "@soleus/auth/sign-up";
import { connectDatabase } from "@soleus/db/client";
import { median } from "./lib/measure";
import { trpcPost } from "./lib/trpc-post";
import { databaseKinds, percentile, startProduct, type RunningProduct } from "./lib/product";

const LEARNERS = 50;
const SECONDS = Number(process.env.BENCH_SECONDS ?? 10);
const RUNS = Number(process.env.BENCH_RUNS ?? 5);
const COURSE = "the-second-heart";
const QUIZ = "meet-the-soleus-check";

interface Learner {
  cookie: string;
  attemptId: string;
  questions: { id: string; options: string[] }[];
}

async function prepareLearners(product: RunningProduct): Promise<Learner[]> {
  const handle = connectDatabase(product.databaseUrl, { maxConnections: 2 });
  const tokens: string[] = [];
  try {
    const stamp = Date.now();
    for (let i = 0; i < LEARNERS; i++) {
      const created = await signUpLearner(handle.db, {
        name: `Bench Learner ${i + 1}`,
        email: `bench-${stamp}-${i}@example.org`,
        password: "walking up the stairs daily",
      });
      if (!created.ok) throw new Error(`sign-up failed: ${JSON.stringify(created.errors)}`);
      tokens.push((await createSession(handle.db, created.user.id, "web")).token);
    }
  } finally {
    await handle.close();
  }
  const learners: Learner[] = [];
  for (const token of tokens) {
    const cookie = `soleus-web.session=${token}`;
    const view = (await trpcPost(product, "attempts.start", cookie, {
      course: COURSE,
      quiz: QUIZ,
    })) as {
      attemptId: string;
      quiz: { questions: { id: string; type: string; options?: { id: string }[] }[] };
    };
    const questions = view.quiz.questions
      .filter((question) => question.type === "single_choice" && question.options)
      .map((question) => ({
        id: question.id,
        options: (question.options ?? []).map((option) => option.id),
      }));
    if (questions.length === 0) throw new Error("the bench quiz has no single-choice question");
    learners.push({ cookie, attemptId: view.attemptId, questions });
  }
  return learners;
}

const PACE_MS = 1_000;
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * Every learner saves answers for `seconds`: one per PACE_MS on a fixed schedule when paced,
 * else back to back. Returns each save's round trip (ms).
 */
async function runLoad(
  product: RunningProduct,
  learners: Learner[],
  seconds: number,
  paced: boolean,
) {
  const start = performance.now();
  const deadline = start + seconds * 1000;
  const latencies: number[] = [];
  let failures = 0;
  await Promise.all(
    learners.map(async (learner, index) => {
      let step = index;
      let next = start + (paced ? (index * PACE_MS) / learners.length : 0);
      while (performance.now() < deadline) {
        if (paced) {
          await sleep(Math.max(0, next - performance.now()));
          next += PACE_MS;
          if (performance.now() >= deadline) break;
        }
        const question = learner.questions[
          step % learner.questions.length
        ] as Learner["questions"][number];
        const optionId = question.options[step % question.options.length];
        step++;
        const started = performance.now();
        try {
          await trpcPost(product, "attempts.saveResponse", learner.cookie, {
            attemptId: learner.attemptId,
            questionId: question.id,
            response: { optionId },
          });
          latencies.push(performance.now() - started);
        } catch (error) {
          failures++;
          if (failures <= 3) console.error(`  save failed: ${String(error)}`);
        }
      }
    }),
  );
  latencies.sort((a, b) => a - b);
  return {
    saves: latencies.length,
    failures,
    savesPerSecond: latencies.length / seconds,
    p50Ms: percentile(latencies, 50),
    p99Ms: percentile(latencies, 99),
    maxMs: latencies.at(-1) ?? Number.NaN,
  };
}

const results: {
  database: string;
  mode: string;
  runs: Awaited<ReturnType<typeof runLoad>>[];
  median: Record<string, number>;
}[] = [];

/** Written after each database, so a later failure keeps the earlier figures. */
function writeResults() {
  mkdirSync(new URL("results/", import.meta.url), { recursive: true });
  writeFileSync(
    new URL("results/web-answer.json", import.meta.url),
    JSON.stringify(
      {
        node: process.version,
        date: new Date().toISOString(),
        learners: LEARNERS,
        seconds: SECONDS,
        paceMs: PACE_MS,
        results,
      },
      null,
      2,
    ) + "\n",
  );
}

for (const kind of databaseKinds()) {
  console.log(`starting the product on ${kind} …`);
  const product = await startProduct(kind);
  try {
    const learners = await prepareLearners(product);
    await runLoad(product, learners, 5, true); // warm-up
    for (const mode of ["paced", "flat out"] as const) {
      const runs = [];
      for (let run = 0; run < RUNS; run++) {
        const result = await runLoad(product, learners, SECONDS, mode === "paced");
        runs.push(result);
        console.log(
          `  ${kind}, ${mode}, run ${run + 1}: ${result.saves} saves (${result.savesPerSecond.toFixed(0)}/s), p50 ${result.p50Ms.toFixed(1)} ms, p99 ${result.p99Ms.toFixed(1)} ms, ${result.failures} failed`,
        );
      }
      results.push({
        database: kind,
        mode,
        runs,
        median: {
          savesPerSecond: median(runs.map((r) => r.savesPerSecond)),
          p50Ms: median(runs.map((r) => r.p50Ms)),
          p99Ms: median(runs.map((r) => r.p99Ms)),
        },
      });
    }
  } finally {
    await product.stop();
  }
  writeResults();
}

console.log(
  `\nsaved-answer round trip, ${LEARNERS} learners × ${SECONDS} s, median of ${RUNS} runs`,
);
console.table(
  results.map((r) => ({
    database: r.database,
    mode: r.mode,
    "saves/s": Math.round(r.median.savesPerSecond ?? 0),
    "p50 ms": (r.median.p50Ms ?? 0).toFixed(1),
    "p99 ms": (r.median.p99Ms ?? 0).toFixed(1),
  })),
);
