// `npm start`: install (frozen lockfile), build both apps (cached by turbo), then run the
// product: database owner, migrations, seed and both apps, until Ctrl-C.
import path from "node:path";
// npm runs this through `sh -c`, and SIGTERM to npm reaches only that shell, which dies without
// passing it on: this process then notices its new parent and stops the launcher cleanly.
import "../tooling/launcher/preload/exit-with-parent.cjs";
import { repoRoot, run, runPnpm, runSteps } from "./pnpm.mjs";

// Each app's own build phases are shown ("new-only": nothing when turbo's cache already has the build).
const BUILD_APPS = [
  "turbo",
  "run",
  "build",
  "--filter=@soleus/web",
  "--filter=@soleus/admin",
  "--output-logs=new-only",
];

/** Remembers each app's latest build line (turbo prefixes them "@soleus/web:build: "). */
function reportBuildLine(progress, line) {
  // eslint-disable-next-line no-control-regex -- turbo may colour its prefixes
  const plain = line.replace(/\x1b\[[0-9;]*m/g, "");
  const match = /^@soleus\/([\w-]+):build: (.*\S)/.exec(plain);
  if (match) progress.report(match[1], match[2].trim().slice(0, 80));
}

await runSteps([
  [
    "install dependencies",
    () =>
      runPnpm([
        "install",
        "--frozen-lockfile",
        "--reporter=silent",
        "--config.confirmModulesPurge=false",
      ]),
  ],
  [
    "build the apps",
    (progress) => runPnpm(BUILD_APPS, { onLine: (line) => reportBuildLine(progress, line) }),
  ],
]);

const launcher = path.join(repoRoot, "tooling/launcher");
// The same preload stops the launcher cleanly should this process be killed without passing a signal on.
const exitWithParent = path.join(launcher, "preload/exit-with-parent.cjs");
console.log("\n▶ start the product (database, migrations, both apps)");
process.exit(
  await run(process.execPath, ["--require", exitWithParent, "--import", "tsx", "src/main.ts"], {
    cwd: launcher,
  }),
);
