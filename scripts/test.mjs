// `npm test`: every check the project has, in order: install, typecheck, lint, unit and
// integration tests (PGlite, plus PostgreSQL when TEST_DATABASE_URL is set), content
// checks, the production build, then the end-to-end tests in Chromium.
import { run, runPnpm, runSteps } from "./pnpm.mjs";

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
    "typecheck, lint, unit and integration tests, content check, build",
    () =>
      runPnpm([
        "turbo",
        "run",
        "typecheck",
        "typecheck:e2e",
        "format:check",
        "lint",
        "test",
        "content:check",
        "build",
        "--output-logs=new-only",
        "--continue=dependencies-successful",
        "--concurrency=2",
      ]),
  ],
  ["end-to-end tests", () => run(process.execPath, ["scripts/e2e.mjs"])],
]);
