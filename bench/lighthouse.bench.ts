/**
 * Lighthouse (12.x, the last line that runs on Node 20) with its default mobile preset (Moto G
 * Power emulation, simulated slow 4G and 4× CPU slowdown) on Debian's Chromium, against the built
 * product on the embedded database. Pages: home, a lesson, and — when those routes exist — the
 * quiz player and a results page, signed in as a bench learner (session cookie via extraHeaders).
 * 3 runs per page, median score per category.
 *
 *   pnpm --filter @soleus/bench bench lighthouse          (CHROMIUM_PATH to use another browser)
 */
import { mkdirSync, writeFileSync } from "node:fs";
import * as chromeLauncher from "chrome-launcher";
import lighthouse from "lighthouse";
import { createSession } from "@soleus/auth/session";
import { signUpLearner } from "@soleus/auth/sign-up";
import { connectDatabase } from "@soleus/db/client";
import { median } from "./lib/measure";
import { trpcPost } from "./lib/trpc-post";
import { startProduct, type RunningProduct } from "./lib/product";

const RUNS = Number(process.env.BENCH_RUNS ?? 3);
const CATEGORIES = ["performance", "accessibility", "best-practices"] as const;
const CHROME_FLAGS = [
  "--headless=new",
  "--no-sandbox",
  "--disable-gpu",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
  "--no-first-run",
];

interface PageToAudit {
  name: string;
  path: string;
  signedIn: boolean;
}

async function benchLearnerCookie(product: RunningProduct): Promise<string> {
  const handle = connectDatabase(product.databaseUrl, { maxConnections: 1 });
  try {
    const created = await signUpLearner(handle.db, {
      name: "Lighthouse Learner",
      email: `lighthouse-${Date.now()}@example.org`,
      password: "walking up the stairs daily",
    });
    if (!created.ok) throw new Error(`sign-up failed: ${JSON.stringify(created.errors)}`);
    return `soleus-web.session=${(await createSession(handle.db, created.user.id, "web")).token}`;
  } finally {
    await handle.close();
  }
}

/** A submitted attempt of the bench learner, for the results page. */
async function submittedAttemptId(product: RunningProduct, cookie: string): Promise<string> {
  const view = (await trpcPost(product, "attempts.start", cookie, {
    course: "the-second-heart",
    quiz: "meet-the-soleus-check",
  })) as { attemptId: string };
  await trpcPost(product, "attempts.submit", cookie, { attemptId: view.attemptId });
  return view.attemptId;
}

/** The quiz and results pages are audited only once their routes exist (answer 200 signed in). */
async function pagesToAudit(product: RunningProduct, cookie: string): Promise<PageToAudit[]> {
  const pages: PageToAudit[] = [
    { name: "home", path: "/", signedIn: false },
    { name: "lesson", path: "/courses/the-second-heart/meet-the-soleus", signedIn: false },
  ];
  const candidates: PageToAudit[] = [
    { name: "quiz", path: "/courses/the-second-heart/quiz/meet-the-soleus-check", signedIn: true },
    { name: "progress", path: "/progress", signedIn: true },
  ];
  try {
    candidates.push({
      name: "results",
      path: `/attempts/${await submittedAttemptId(product, cookie)}/result`,
      signedIn: true,
    });
  } catch (error) {
    console.log(`  skipping results (no submitted attempt: ${String(error)})`);
  }
  for (const candidate of candidates) {
    const response = await fetch(product.webUrl + candidate.path, {
      headers: { cookie },
      redirect: "manual",
    });
    if (response.status === 200) pages.push(candidate);
    else
      console.log(`  skipping ${candidate.name} (${candidate.path} answered ${response.status})`);
  }
  return pages;
}

/** One Lighthouse run; a run that fails to record (e.g. NO_NAVSTART, seen now and then) is tried again, twice at most. */
async function audit(url: string, port: number, cookie: string | undefined) {
  for (let attempt = 1; ; attempt++) {
    const outcome = await lighthouse(url, {
      port,
      output: "json",
      logLevel: "error",
      onlyCategories: [...CATEGORIES],
      extraHeaders: cookie ? { Cookie: cookie } : undefined,
    });
    if (!outcome) throw new Error(`lighthouse returned nothing for ${url}`);
    if (!outcome.lhr.runtimeError) return outcome.lhr;
    if (attempt === 3) throw new Error(`lighthouse: ${outcome.lhr.runtimeError.message}`);
    console.log(`  ${url}: ${outcome.lhr.runtimeError.code}, trying again`);
  }
}

const product = await startProduct("embedded");
const chrome = await chromeLauncher.launch({
  chromePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium",
  chromeFlags: CHROME_FLAGS,
});
const results: {
  page: string;
  path: string;
  runs: Record<string, number>[];
  median: Record<string, number>;
  failing: string[];
}[] = [];
try {
  const cookie = await benchLearnerCookie(product);
  for (const page of await pagesToAudit(product, cookie)) {
    const runs: Record<string, number>[] = [];
    let failing: string[] = [];
    for (let run = 0; run < RUNS; run++) {
      const lhr = await audit(
        product.webUrl + page.path,
        chrome.port,
        page.signedIn ? cookie : undefined,
      );
      runs.push(
        Object.fromEntries(
          CATEGORIES.map((category) => [
            category,
            Math.round((lhr.categories[category]?.score ?? 0) * 100),
          ]),
        ),
      );
      failing = Object.values(lhr.audits)
        .filter(
          (audit) =>
            audit.score !== null &&
            audit.score < 0.9 &&
            audit.scoreDisplayMode !== "informative" &&
            audit.scoreDisplayMode !== "manual",
        )
        .map((audit) => `${audit.id} (${audit.displayValue ?? audit.score})`);
    }
    const medianScores = Object.fromEntries(
      CATEGORIES.map((category) => [category, median(runs.map((scores) => scores[category] ?? 0))]),
    );
    console.log(
      `  ${page.name}: ${JSON.stringify(medianScores)}${failing.length ? `; below 0.9: ${failing.join(", ")}` : ""}`,
    );
    results.push({ page: page.name, path: page.path, runs, median: medianScores, failing });
  }
} finally {
  chrome.kill();
  await product.stop();
}

console.log(`\nLighthouse ${RUNS} runs per page, mobile preset, median`);
console.table(results.map((r) => ({ page: r.page, ...r.median })));
mkdirSync(new URL("results/", import.meta.url), { recursive: true });
writeFileSync(
  new URL("results/lighthouse.json", import.meta.url),
  JSON.stringify(
    { node: process.version, date: new Date().toISOString(), preset: "mobile (default)", results },
    null,
    2,
  ) + "\n",
);
