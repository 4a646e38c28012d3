import { fileURLToPath } from "node:url";
import { defineConfig } from "vitest/config";

export default defineConfig({
  // "server-only" throws outside React's server build; tests are server code, so it is a no-op here.
  resolve: {
    alias: {
      "server-only": fileURLToPath(new URL("./src/testing/server-only-stub.ts", import.meta.url)),
    },
  },
  test: { testTimeout: 30_000, hookTimeout: 120_000 },
});
