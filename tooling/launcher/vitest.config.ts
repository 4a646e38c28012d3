import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    // These tests start the real product (two Next.js servers and a database) per case.
    testTimeout: 120_000,
    hookTimeout: 60_000,
    fileParallelism: false,
  },
});
