import { fileURLToPath } from "node:url";
import { defineConfig } from "vitest/config";

// Unit tests only; the browser specs in e2e/ run under Playwright.
export default defineConfig({
  resolve: { alias: { "~": fileURLToPath(new URL("./src", import.meta.url)) } },
  test: { include: ["src/**/*.test.ts"] },
});
