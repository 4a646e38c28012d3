// `npm start`: install (frozen lockfile), build both apps (cached by turbo), then run the
// product: database owner, migrations, seed and both apps, until Ctrl-C.
import path from "node:path";
import { repoRoot, run, runPnpm, runSteps } from "./pnpm.mjs";

await runSteps([
  ["install dependencies", () => runPnpm(["install", "--frozen-lockfile", "--reporter=silent", "--config.confirmModulesPurge=false"])],
  ["build the apps", () => runPnpm(["turbo", "run", "build", "--filter=@soleus/web", "--filter=@soleus/admin", "--output-logs=errors-only"])],
]);

const launcher = path.join(repoRoot, "tooling/launcher");
// The preload stops the launcher cleanly should this process be killed without passing a signal on.
const exitWithParent = path.join(launcher, "preload/exit-with-parent.cjs");
process.exit(await run(process.execPath, ["--require", exitWithParent, "--import", "tsx", "src/main.ts"], { cwd: launcher }));
