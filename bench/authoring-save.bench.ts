/**
 * Autosave round trip in the admin app: 20 coaches, each editing their own lesson the size of the
 * built-in course's longest (`06-training-the-soleus.md`), each saving every 1–2 s with the
 * version its last save returned, through the running admin app's real tRPC endpoint
 * (`POST /api/trpc/authoring.lessons.saveDraft`, same origin, the coach's session cookie), the
 * way the lesson editor's autosave does. The product runs as `npm start` runs it, on a fresh
 * PostgreSQL database. Coaches get accounts and sessions from `@soleus/auth` on that database;
 * courses and lessons are created over HTTP. In the same run a floor is measured: a bare HTTP
 * round trip to the same admin server (`GET /api/health`) and a trivial signed-in tRPC query
 * (`authoring.presence.list`), paced alike, so the figures can be read against the machine's load.
 *
 *   pnpm --filter @soleus/bench bench authoring-save     (BENCH_RUNS, BENCH_SECONDS)
 */
import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import os from "node:os";
import { createSession } from "@soleus/auth/session";
import { createPasswordAccount } from "@soleus/auth/sign-up";
import { connectDatabase } from "@soleus/db/client";
import { median } from "./lib/measure";
import { percentile, startProduct, type RunningProduct } from "./lib/product";

const COACHES = 20;
const SECONDS = Number(process.env.BENCH_SECONDS ?? 30);
const RUNS = Number(process.env.BENCH_RUNS ?? 3);
const LONGEST_LESSON = new URL(
  "../packages/content/courses/the-second-heart/lessons/06-training-the-soleus.md",
  import.meta.url,
);

/** The longest built-in lesson's Markdown body (after its front matter). */
function longestLessonBody(): string {
  const text = readFileSync(LONGEST_LESSON, "utf8");
  const match = /^---\n[\s\S]*?\n---\n([\s\S]*)$/.exec(text);
  if (!match?.[1]) throw new Error("the longest lesson has no front matter");
  return match[1];
}

interface Coach {
  cookie: string;
  lessonId: string;
  version: number;
}

interface Answer {
  ok: boolean;
  status: number;
  json: { result?: { data?: { json?: unknown } }; error?: unknown };
}

async function adminCall(
  product: RunningProduct,
  method: "GET" | "POST",
  procedure: string,
  cookie: string,
  input: unknown,
): Promise<Answer> {
  const encoded = JSON.stringify({ json: input });
  const url =
    method === "GET"
      ? `${product.adminUrl}/api/trpc/${procedure}?input=${encodeURIComponent(encoded)}`
      : `${product.adminUrl}/api/trpc/${procedure}`;
  const response = await fetch(url, {
    method,
    headers: {
      cookie,
      ...(method === "POST"
        ? { "content-type": "application/json", origin: product.adminUrl }
        : {}),
    },
    ...(method === "POST" ? { body: encoded } : {}),
    signal: AbortSignal.timeout(10_000),
  });
  return {
    ok: response.ok,
    status: response.status,
    json: (await response.json()) as Answer["json"],
  };
}

async function mustCall<T>(
  product: RunningProduct,
  procedure: string,
  cookie: string,
  input: unknown,
): Promise<T> {
  const answer = await adminCall(product, "POST", procedure, cookie, input);
  if (!answer.ok)
    throw new Error(`${procedure} answered ${answer.status}: ${JSON.stringify(answer.json.error)}`);
  return answer.json.result?.data?.json as T;
}

async function prepareCoaches(product: RunningProduct): Promise<Coach[]> {
  const handle = connectDatabase(product.databaseUrl, { maxConnections: 2 });
  const cookies: string[] = [];
  try {
    const stamp = Date.now();
    for (let i = 0; i < COACHES; i++) {
      const created = await createPasswordAccount(
        handle.db,
        {
          name: `Bench Coach ${i + 1}`,
          email: `bench-coach-${stamp}-${i}@example.org`,
          password: "writing lessons every morning",
        },
        "coach",
        null,
      );
      if (!created.ok) throw new Error(`account failed: ${JSON.stringify(created.errors)}`);
      const { token } = await createSession(handle.db, created.user.id, "admin");
      cookies.push(`soleus-admin.session=${token}`);
    }
  } finally {
    await handle.close();
  }
  const coaches: Coach[] = [];
  for (const [index, cookie] of cookies.entries()) {
    const { courseId } = await mustCall<{ courseId: string }>(
      product,
      "authoring.courses.create",
      cookie,
      { slug: `bench-course-${index + 1}`, title: `Bench course ${index + 1}` },
    );
    const lesson = await mustCall<{ lessonId: string; version: number }>(
      product,
      "authoring.lessons.create",
      cookie,
      { courseId, slug: `bench-lesson-${index + 1}`, title: `Bench lesson ${index + 1}` },
    );
    coaches.push({ cookie, lessonId: lesson.lessonId, version: lesson.version });
  }
  return coaches;
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
/** 1–2 s between saves (autosave fires a second or two after typing stops). */
const nextPause = () => 1_000 + Math.random() * 1_000;

interface Series {
  latencies: number[];
  errors: number;
}
function summary(series: Series) {
  const sorted = [...series.latencies].sort((a, b) => a - b);
  return {
    count: sorted.length,
    errors: series.errors,
    p50Ms: percentile(sorted, 50),
    p95Ms: percentile(sorted, 95),
    p99Ms: percentile(sorted, 99),
    maxMs: sorted.at(-1) ?? Number.NaN,
  };
}

async function timed(series: Series, call: () => Promise<boolean>): Promise<void> {
  const started = performance.now();
  try {
    if (await call()) series.latencies.push(performance.now() - started);
    else series.errors++;
  } catch (error) {
    series.errors++;
    if (series.errors <= 3) console.error(`  failed: ${String(error)}`);
  }
}

/**
 * For `seconds`: every coach saves its lesson (the body with a changed last line, as typing
 * does) every 1–2 s, naming the version its previous save returned; two floor clients do a bare
 * health GET and a trivial tRPC query on the same pace and server.
 */
async function runLoad(product: RunningProduct, coaches: Coach[], body: string, seconds: number) {
  const deadline = performance.now() + seconds * 1000;
  const saves: Series = { latencies: [], errors: 0 };
  const health: Series = { latencies: [], errors: 0 };
  const query: Series = { latencies: [], errors: 0 };
  let edit = 0;
  const saveLoop = async (coach: Coach, index: number) => {
    await sleep((index * 1_500) / coaches.length);
    while (performance.now() < deadline) {
      edit++;
      const bodyMarkdown = `${body}\nEdited ${edit} times so far.\n`;
      await timed(saves, async () => {
        const answer = await adminCall(
          product,
          "POST",
          "authoring.lessons.saveDraft",
          coach.cookie,
          {
            lessonId: coach.lessonId,
            baseVersion: coach.version,
            title: "Training the soleus (bench copy)",
            summary: "The longest built-in lesson, edited by a bench coach.",
            minutes: 7,
            objectives: [],
            bodyMarkdown,
          },
        );
        const version = (answer.json.result?.data?.json as { version?: number } | undefined)
          ?.version;
        if (!answer.ok || typeof version !== "number") {
          if (saves.errors < 3)
            console.error(`  save answered ${answer.status}: ${JSON.stringify(answer.json.error)}`);
          return false;
        }
        coach.version = version;
        return true;
      });
      await sleep(nextPause());
    }
  };
  const floorLoop = async (series: Series, call: () => Promise<boolean>) => {
    while (performance.now() < deadline) {
      await timed(series, call);
      await sleep(250);
    }
  };
  const [first] = coaches;
  if (!first) throw new Error("no coaches");
  await Promise.all([
    ...coaches.map(saveLoop),
    floorLoop(health, async () => {
      const response = await fetch(`${product.adminUrl}/api/health`, {
        signal: AbortSignal.timeout(10_000),
      });
      await response.arrayBuffer();
      return response.ok;
    }),
    floorLoop(
      query,
      async () =>
        (
          await adminCall(product, "GET", "authoring.presence.list", first.cookie, {
            lessonId: first.lessonId,
          })
        ).ok,
    ),
  ]);
  return { saves: summary(saves), health: summary(health), query: summary(query) };
}

type Run = Awaited<ReturnType<typeof runLoad>>;
const load = () => os.loadavg().map((value) => value.toFixed(2));

console.log("starting the product on postgres …");
const product = await startProduct("postgres");
const runs: (Run & { loadAverage: string[] })[] = [];
try {
  const body = longestLessonBody();
  const coaches = await prepareCoaches(product);
  await runLoad(product, coaches, body, 5); // warm-up
  for (let run = 0; run < RUNS; run++) {
    const before = load();
    const result = await runLoad(product, coaches, body, SECONDS);
    runs.push({ ...result, loadAverage: before });
    const s = result.saves;
    console.log(
      `  run ${run + 1} (load ${before.join(" ")}): ${s.count} saves, p50 ${s.p50Ms.toFixed(1)} · p95 ${s.p95Ms.toFixed(1)} · p99 ${s.p99Ms.toFixed(1)} ms, max ${s.maxMs.toFixed(1)} ms, ${s.errors} errors; floor: health p50 ${result.health.p50Ms.toFixed(1)} · p99 ${result.health.p99Ms.toFixed(1)} ms, tRPC query p50 ${result.query.p50Ms.toFixed(1)} · p99 ${result.query.p99Ms.toFixed(1)} ms`,
    );
  }
} finally {
  await product.stop();
}

const med = (pick: (run: Run) => number) => median(runs.map(pick));
const figures = {
  saveP50Ms: med((r) => r.saves.p50Ms),
  saveP95Ms: med((r) => r.saves.p95Ms),
  saveP99Ms: med((r) => r.saves.p99Ms),
  errors: runs.reduce((sum, r) => sum + r.saves.errors, 0),
  healthP50Ms: med((r) => r.health.p50Ms),
  healthP99Ms: med((r) => r.health.p99Ms),
  queryP50Ms: med((r) => r.query.p50Ms),
  queryP99Ms: med((r) => r.query.p99Ms),
};
mkdirSync(new URL("results/", import.meta.url), { recursive: true });
writeFileSync(
  new URL("results/authoring-save.json", import.meta.url),
  JSON.stringify(
    {
      node: process.version,
      date: new Date().toISOString(),
      coaches: COACHES,
      seconds: SECONDS,
      bodyCharacters: longestLessonBody().length,
      median: figures,
      runs,
    },
    null,
    2,
  ) + "\n",
);
console.log(`\nautosave round trip, ${COACHES} coaches × ${SECONDS} s, median of ${RUNS} runs`);
console.table({
  save: {
    "p50 ms": figures.saveP50Ms.toFixed(1),
    "p95 ms": figures.saveP95Ms.toFixed(1),
    "p99 ms": figures.saveP99Ms.toFixed(1),
  },
  "floor: GET /api/health": {
    "p50 ms": figures.healthP50Ms.toFixed(1),
    "p99 ms": figures.healthP99Ms.toFixed(1),
  },
  "floor: tRPC presence.list": {
    "p50 ms": figures.queryP50Ms.toFixed(1),
    "p99 ms": figures.queryP99Ms.toFixed(1),
  },
});
console.log(
  `errors: ${figures.errors}; save / health ratio: p50 ${(figures.saveP50Ms / figures.healthP50Ms).toFixed(1)}×, p99 ${(figures.saveP99Ms / figures.healthP99Ms).toFixed(1)}×; goal p99 ≤ 50 ms, 0 errors`,
);
