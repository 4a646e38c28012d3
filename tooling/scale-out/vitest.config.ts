import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    include: ["src/cases/**/*.test.ts"],
    // Each case file starts its own cluster (four Next.js servers, HAProxy, a fresh database)
    // on the same ports, so files run one after another.
    fileParallelism: false,
    testTimeout: 60_000,
    hookTimeout: 120_000,
  },
});
