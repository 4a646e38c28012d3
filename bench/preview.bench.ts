/**
 * Preview latency in Chromium: from a change of the Markdown (an input event on the editor's
 * textarea, as a keystroke makes) to the updated preview DOM inside the preview's frame, for
 * the longest lesson of the built-in course. The page (bench/preview/harness.tsx: a textarea and
 * @soleus/learning-ui's LessonPreview) is bundled with esbuild for production and served on
 * loopback; each edit types one new word into the middle of the lesson and waits for it in the
 * frame. Also checks that the sanitiser's XSS vectors, typed into the preview, run nothing.
 *
 *   pnpm --filter @soleus/bench bench preview      (BENCH_EDITS=300, BENCH_PREVIEW_PORT=4210)
 */
import { readdirSync, readFileSync, statSync, writeFileSync, mkdirSync } from "node:fs";
import { createServer } from "node:http";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { chromium } from "@playwright/test";
import { build } from "esbuild";
import { xssVectors } from "@soleus/content/render/testing/xss-vectors";

const here = fileURLToPath(new URL(".", import.meta.url));
const EDITS = Number(process.env.BENCH_EDITS ?? 300);
const PORT = Number(process.env.BENCH_PREVIEW_PORT ?? 4210);
const lessonsDir = path.join(here, "../packages/content/courses/the-second-heart/lessons");

function longestLesson() {
  const [file] = readdirSync(lessonsDir)
    .filter((name) => name.endsWith(".md"))
    .map((name) => path.join(lessonsDir, name))
    .sort((a, b) => statSync(b).size - statSync(a).size);
  if (!file) throw new Error(`no lessons in ${lessonsDir}`);
  const source = readFileSync(file, "utf8");
  const front = /^---\n([\s\S]*?)\n---\n/.exec(source);
  const field = (name: string) =>
    new RegExp(`^${name}:\\s*(.+)$`, "m").exec(front?.[1] ?? "")?.[1]?.replace(/^"|"$/g, "") ?? "";
  return {
    file: path.basename(file),
    title: field("title"),
    summary: field("summary"),
    markdown: source.slice(front?.[0].length ?? 0),
  };
}

const percentile = (sorted: readonly number[], p: number) =>
  sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)] ?? NaN;

const lesson = longestLesson();
const bundle = await build({
  entryPoints: {
    app: path.join(here, "preview/harness.tsx"),
    styles: path.join(here, "preview/harness.css"),
  },
  bundle: true,
  minify: true,
  write: false,
  outdir: "/out",
  format: "esm",
  jsx: "automatic",
  define: { "process.env.NODE_ENV": '"production"' },
  loader: { ".svg": "empty", ".woff2": "empty" },
  logLevel: "error",
});
const files = new Map(bundle.outputFiles.map((file) => [path.basename(file.path), file.contents]));
const page = `<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>Preview benchmark</title>
<link rel="stylesheet" href="/styles.css"><script>window.benchLesson = ${JSON.stringify({ title: lesson.title, summary: lesson.summary, markdown: lesson.markdown }).replace(/</g, "\\u003c")};</script>
<script type="module" src="/app.js"></script></head><body><div id="root"></div></body></html>`;
const server = createServer((request, response) => {
  const name = (request.url ?? "/").slice(1);
  const body = files.get(name);
  if (body) {
    response.writeHead(200, {
      "content-type": name.endsWith(".css") ? "text/css" : "text/javascript",
    });
    response.end(body);
  } else {
    response.writeHead(200, { "content-type": "text/html" });
    response.end(page);
  }
});
await new Promise<void>((resolve) => server.listen(PORT, "127.0.0.1", resolve));

const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium",
  args: ["--no-sandbox"],
});
try {
  const tab = await browser.newPage();
  const errors: string[] = [];
  tab.on("pageerror", (error) => errors.push(error.message));
  tab.on("dialog", (dialog) => {
    errors.push(`dialog: ${dialog.message()}`);
    void dialog.dismiss();
  });
  await tab.goto(`http://127.0.0.1:${PORT}/`);
  const frame = tab.frameLocator("iframe.lesson-preview__frame");
  await frame.locator("h1").waitFor();
  await frame.getByRole("button", { name: "Add a rep" }).first().waitFor();

  const latencies = await tab.evaluate(async (edits: number) => {
    const textarea = document.querySelector("textarea");
    const iframe = document.querySelector("iframe");
    const frameDoc = iframe?.contentDocument;
    if (!textarea || !frameDoc) throw new Error("harness not ready");
    // The prototype's setter, as a keystroke changes the value: React notices the change.
    // eslint-disable-next-line @typescript-eslint/unbound-method -- called with the textarea below
    const setValue = Object.getOwnPropertyDescriptor(HTMLTextAreaElement.prototype, "value")?.set;
    const original = textarea.value;
    const middle = original.indexOf("\n\n", Math.floor(original.length / 2));
    const results: number[] = [];
    for (let edit = 0; edit < edits; edit += 1) {
      const word = `zqword${edit}`;
      const updated = new Promise<number>((resolve) => {
        const observer = new MutationObserver(() => {
          if (frameDoc.body.textContent.includes(word)) {
            observer.disconnect();
            resolve(performance.now());
          }
        });
        observer.observe(frameDoc.body, { childList: true, subtree: true, characterData: true });
      });
      const next = `${original.slice(0, middle)} ${word}${original.slice(middle)}`;
      const start = performance.now();
      setValue?.call(textarea, next);
      textarea.dispatchEvent(new Event("input", { bubbles: true }));
      results.push((await updated) - start);
      // Let the page settle as between keystrokes (a fast typist: ~10 per second).
      await new Promise((resolve) => setTimeout(resolve, 20));
    }
    return results;
  }, EDITS);

  // The sanitiser's XSS vectors, typed into the preview, must run nothing (no dialog, no error).
  await tab.evaluate(
    (vectors: string[]) => {
      const textarea = document.querySelector("textarea");
      // The prototype's setter, as a keystroke changes the value: React notices the change.
      // eslint-disable-next-line @typescript-eslint/unbound-method -- called with the textarea below
      const setValue = Object.getOwnPropertyDescriptor(HTMLTextAreaElement.prototype, "value")?.set;
      if (!textarea) return;
      setValue?.call(textarea, vectors.join("\n\n"));
      textarea.dispatchEvent(new Event("input", { bubbles: true }));
    },
    xssVectors.map(([, markdown]) => markdown),
  );
  await tab.waitForTimeout(1000);
  const scripts = await frame.locator("script, iframe, object, embed").count();

  const sorted = [...latencies].sort((a, b) => a - b);
  const result = {
    measuredAt: new Date().toISOString(),
    lesson: lesson.file,
    lessonChars: lesson.markdown.length,
    edits: latencies.length,
    medianMs: Number(percentile(sorted, 50).toFixed(1)),
    p95Ms: Number(percentile(sorted, 95).toFixed(1)),
    maxMs: Number((sorted.at(-1) ?? NaN).toFixed(1)),
    xss: { activeElements: scripts, dialogsOrErrors: errors },
  };
  console.table([
    {
      lesson: `${result.lesson} (${result.lessonChars} chars)`,
      edits: result.edits,
      "median ms": result.medianMs,
      "p95 ms": result.p95Ms,
      "max ms": result.maxMs,
      "goal p95": "≤ 100 ms",
    },
  ]);
  console.log(
    `XSS vectors in the preview: ${scripts} active elements, ${errors.length === 0 ? "no dialogs or errors" : errors.join("; ")}`,
  );
  mkdirSync(path.join(here, "results"), { recursive: true });
  writeFileSync(
    path.join(here, "results/preview.json"),
    JSON.stringify({ ...result, latencies }, null, 2) + "\n",
  );
  if (scripts > 0 || errors.length > 0) process.exitCode = 1;
} finally {
  await browser.close();
  server.close();
}
