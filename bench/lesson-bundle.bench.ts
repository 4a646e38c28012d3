/**
 * The learner lesson page's first-load JavaScript, from the build alone (no server, no ports):
 * the scripts Next's build manifest lists for the Pages Router lesson route and `_app`, plus the
 * low-priority manifests the page loads, gzipped with node:zlib's defaults — the same scripts and
 * the same measure as web-lesson.bench.ts's page weight, which fetches them from a running server.
 * `nomodule` polyfills are reported apart. Also fails loudly if any of those scripts carries
 * editor code (CodeMirror belongs to apps/admin only).
 *
 *   pnpm turbo run build --filter=@soleus/web
 *   pnpm --filter @soleus/bench bench lesson-bundle          (BENCH_REPO=<checkout> for another tree)
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { gzipSync } from "node:zlib";

const here = fileURLToPath(new URL(".", import.meta.url));
const repoRoot = process.env.BENCH_REPO ?? path.join(here, "..");
const nextDir = path.join(repoRoot, "apps/web/.next");
const LESSON_ROUTE = "/reading/[display]/[course]/[lesson]";
const EDITOR_MARKERS = ["@codemirror", "codemirror", "cm-editor", "@lezer"];

interface BuildManifest {
  polyfillFiles: string[];
  lowPriorityFiles: string[];
  pages: Record<string, string[] | undefined>;
}

const manifestPath = path.join(nextDir, "build-manifest.json");
if (!existsSync(manifestPath)) {
  console.error(`No build at ${nextDir}: run pnpm turbo run build --filter=@soleus/web first.`);
  process.exit(1);
}
const manifest = JSON.parse(readFileSync(manifestPath, "utf8")) as BuildManifest;
const page = manifest.pages[LESSON_ROUTE];
if (!page) {
  console.error(`The build has no ${LESSON_ROUTE} page.`);
  process.exit(1);
}

// Stylesheets are listed with the pages too; only scripts count.
const modern = [
  ...new Set([...(manifest.pages["/_app"] ?? []), ...page, ...manifest.lowPriorityFiles]),
].filter((file) => file.endsWith(".js"));
const measure = (file: string) => {
  const body = readFileSync(path.join(nextDir, file));
  const text = body.toString("utf8");
  return {
    file,
    raw: body.length,
    gzip: gzipSync(body).length,
    editorMarkers: EDITOR_MARKERS.filter((marker) => text.includes(marker)),
  };
};
const scripts = modern.map(measure);
const polyfills = manifest.polyfillFiles.map(measure);
const kb = (list: { gzip: number }[]) => list.reduce((sum, script) => sum + script.gzip, 0) / 1024;
const withEditorCode = scripts.filter((script) => script.editorMarkers.length > 0);

const result = {
  measuredAt: new Date().toISOString(),
  repo: repoRoot,
  route: LESSON_ROUTE,
  firstLoadJsGzipKB: Number(kb(scripts).toFixed(1)),
  nomoduleGzipKB: Number(kb(polyfills).toFixed(1)),
  scriptCount: scripts.length,
  editorCode: withEditorCode.map((script) => `${script.file}: ${script.editorMarkers.join(", ")}`),
  scripts,
};
console.table(
  scripts.map((script) => ({ file: script.file, "KB gz": (script.gzip / 1024).toFixed(1) })),
);
console.log(
  `first-load JS ${result.firstLoadJsGzipKB} KB gz in ${result.scriptCount} scripts (goal ≤ 120 KB); nomodule polyfills ${result.nomoduleGzipKB} KB gz apart; editor code: ${withEditorCode.length === 0 ? "none" : result.editorCode.join("; ")}`,
);
mkdirSync(path.join(here, "results"), { recursive: true });
writeFileSync(
  path.join(here, "results/lesson-bundle.json"),
  JSON.stringify(result, null, 2) + "\n",
);
if (withEditorCode.length > 0) process.exit(1);
