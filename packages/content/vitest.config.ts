import { defineConfig } from "vitest/config";

export default defineConfig({
  // Checking the whole course renders every lesson; on a busy 2-core CI machine that takes seconds.
  test: { testTimeout: 30_000 },
});
