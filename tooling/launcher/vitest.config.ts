import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    // These tests start the real product (two Next.js servers and a database) per case.
    // Two starts per case take ~60 s on a quiet 2-core machine and twice that when it is shared.
    testTimeout: 240_000,
    hookTimeout: 60_000,
    fileParallelism: false,
  },
});
