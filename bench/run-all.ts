/**
 * Run every `*.bench.ts` in this folder (or those whose name contains an argument), each in its
 * own Node process so one benchmark's heap never skews another's. Add a benchmark by adding a file.
 */
import { spawnSync } from "node:child_process";
import { readdirSync } from "node:fs";
import { fileURLToPath } from "node:url";

const here = fileURLToPath(new URL(".", import.meta.url));
const filters = process.argv.slice(2);
const benches = readdirSync(here)
  .filter((name) => name.endsWith(".bench.ts"))
  .filter((name) => filters.length === 0 || filters.some((f) => name.includes(f)))
  .sort();

let failed = 0;
for (const bench of benches) {
  console.log(`\n=== ${bench}`);
  const run = spawnSync(process.execPath, ["--import", "tsx", bench], {
    cwd: here,
    stdio: "inherit",
  });
  if (run.status !== 0) failed++;
}
process.exit(failed === 0 ? 0 : 1);
