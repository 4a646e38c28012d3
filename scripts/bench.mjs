// `npm run bench [name]`: the benchmarks in bench/ (not tests; see bench/README.md).
import { runPnpm } from "./pnpm.mjs";

process.exit(
  await runPnpm(["--filter", "@soleus/bench", "run", "bench", ...process.argv.slice(2)]),
);
