import { defineConfig } from "vitest/config";

export default defineConfig({
  // tsconfig keeps JSX for Next.js to compile; tests compile it with React's automatic runtime.
  oxc: { jsx: { runtime: "automatic" } },
});
