/**
 * Lesson page under load and its weight. Starts the built product with the launcher (`next start`
 * behind it), then per database: autocannon, 50 connections × 15 s against one lesson, 5 runs after
 * a warm-up; and the first-load JavaScript of the lesson page (every <script src> of its HTML,
 * gzipped one by one with node:zlib, summed). Loopback only; each run is bounded in time.
 *
 *   pnpm --filter @soleus/bench bench web-lesson          (BENCH_DB=postgres|embedded for one)
 */
import { spawn } from "node:child_process";
import { mkdirSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { gzipSync } from "node:zlib";
import { median } from "./lib/measure";
import { databaseKinds, startProduct, type RunningProduct } from "./lib/product";

const LESSON_PATH = "/courses/the-second-heart/meet-the-soleus";
const CONNECTIONS = 50;
const SECONDS = Number(process.env.BENCH_SECONDS ?? 15);
const RUNS = Number(process.env.BENCH_RUNS ?? 5);

interface LoadRun {
  requestsPerSecond: number;
  p50Ms: number;
  p99Ms: number;
  non2xx: number;
  errors: number;
}

const autocannonBin = createRequire(import.meta.url).resolve("autocannon/autocannon.js");

/** One autocannon run in its own process (so the load generator never shares our event loop). */
function autocannon(url: string, seconds: number): Promise<LoadRun> {
  return new Promise((resolve, reject) => {
    const child = spawn(
      process.execPath,
      [autocannonBin, "-c", String(CONNECTIONS), "-d", String(seconds), "--json", url],
      {
        stdio: ["ignore", "pipe", "pipe"],
      },
    );
    let out = "";
    child.stdout.on("data", (chunk: Buffer) => (out += chunk.toString()));
    child.stderr.resume();
    const killer = setTimeout(() => child.kill("SIGKILL"), (seconds + 15) * 1000);
    child.once("exit", () => {
      clearTimeout(killer);
      try {
        const result = JSON.parse(out) as {
          requests: { average: number };
          latency: { p50: number; p99: number };
          non2xx: number;
          errors: number;
        };
        resolve({
          requestsPerSecond: result.requests.average,
          p50Ms: result.latency.p50,
          p99Ms: result.latency.p99,
          non2xx: result.non2xx,
          errors: result.errors,
        });
      } catch (error) {
        reject(new Error(`autocannon gave no JSON: ${String(error)}\n${out}`));
      }
    });
  });
}

/**
 * First-load JS: every external script the lesson HTML loads, gzipped with node:zlib's defaults
 * and summed. `nomodule` scripts (Next's legacy polyfills) are counted apart: browsers that
 * support modules, i.e. every browser we support, neither download nor run them. The inline
 * scripts (the page's RSC payload and bootstrap) are part of the HTML and counted with it.
 */
async function pageWeight(baseUrl: string) {
  const html = await (await fetch(baseUrl + LESSON_PATH)).text();
  const tags = [...html.matchAll(/<script([^>]*)>/g)].map((match) => match[1] as string);
  const external = new Map<string, boolean>();
  for (const attributes of tags) {
    const src = /\ssrc="([^"]+)"/.exec(attributes)?.[1];
    if (src) external.set(src.replaceAll("&amp;", "&"), /\snomodule/i.test(attributes));
  }
  const scripts: { src: string; nomodule: boolean; raw: number; gzip: number }[] = [];
  for (const [src, nomodule] of external) {
    const body = Buffer.from(await (await fetch(new URL(src, baseUrl))).arrayBuffer());
    scripts.push({ src, nomodule, raw: body.length, gzip: gzipSync(body).length });
  }
  const kb = (list: typeof scripts, field: "raw" | "gzip") =>
    list.reduce((sum, script) => sum + script[field], 0) / 1024;
  const modern = scripts.filter((script) => !script.nomodule);
  const legacy = scripts.filter((script) => script.nomodule);
  const inlineScripts = [...html.matchAll(/<script(?![^>]*\ssrc=)[^>]*>([\s\S]*?)<\/script>/g)].map(
    (match) => match[1] ?? "",
  );
  return {
    htmlKB: Buffer.byteLength(html) / 1024,
    htmlGzipKB: gzipSync(html).length / 1024,
    inlineScriptKB: inlineScripts.reduce((sum, text) => sum + Buffer.byteLength(text), 0) / 1024,
    scriptCount: modern.length,
    firstLoadJsRawKB: kb(modern, "raw"),
    firstLoadJsGzipKB: kb(modern, "gzip"),
    nomoduleGzipKB: kb(legacy, "gzip"),
    scripts,
  };
}

async function benchOne(product: RunningProduct) {
  const url = product.webUrl + LESSON_PATH;
  const check = await fetch(url);
  if (check.status !== 200) throw new Error(`${url} answered ${check.status}`);
  const weight = await pageWeight(product.webUrl);
  await autocannon(url, 8); // warm-up: JIT, caches, pool
  const runs: LoadRun[] = [];
  for (let run = 0; run < RUNS; run++) {
    runs.push(await autocannon(url, SECONDS));
    const last = runs.at(-1) as LoadRun;
    console.log(
      `  ${product.kind} run ${run + 1}: ${last.requestsPerSecond.toFixed(0)} req/s, p50 ${last.p50Ms} ms, p99 ${last.p99Ms} ms` +
        (last.non2xx || last.errors ? `, ${last.non2xx} non-2xx, ${last.errors} errors` : ""),
    );
  }
  return {
    database: product.kind,
    runs,
    median: {
      requestsPerSecond: median(runs.map((r) => r.requestsPerSecond)),
      p50Ms: median(runs.map((r) => r.p50Ms)),
      p99Ms: median(runs.map((r) => r.p99Ms)),
    },
    weight,
  };
}

const results = [];
for (const kind of databaseKinds()) {
  console.log(`starting the product on ${kind} …`);
  const product = await startProduct(kind);
  try {
    results.push(await benchOne(product));
  } finally {
    await product.stop();
  }
}

console.log(
  `\nlesson page ${LESSON_PATH}, ${CONNECTIONS} connections × ${SECONDS} s, median of ${RUNS} runs`,
);
console.table(
  results.map((r) => ({
    database: r.database,
    "req/s": Math.round(r.median.requestsPerSecond),
    "p50 ms": r.median.p50Ms,
    "p99 ms": r.median.p99Ms,
    "first-load JS KB gz": r.weight.firstLoadJsGzipKB.toFixed(1),
    scripts: r.weight.scriptCount,
    "+ nomodule KB gz": r.weight.nomoduleGzipKB.toFixed(1),
    "HTML KB gz": r.weight.htmlGzipKB.toFixed(1),
  })),
);
mkdirSync(new URL("results/", import.meta.url), { recursive: true });
writeFileSync(
  new URL("results/web-lesson.json", import.meta.url),
  JSON.stringify(
    {
      node: process.version,
      date: new Date().toISOString(),
      path: LESSON_PATH,
      connections: CONNECTIONS,
      seconds: SECONDS,
      results,
    },
    null,
    2,
  ) + "\n",
);
