import js from "@eslint/js";
import tseslint from "typescript-eslint";

/**
 * Base rules for every TypeScript package. process.env is read in exactly one
 * place per package (env.ts) so configuration is validated once, at start.
 */
export default tseslint.config(
  { ignores: ["**/node_modules/**", "**/.next/**", "**/dist/**", "**/drizzle/**", "**/*.d.ts"] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    rules: {
      "@typescript-eslint/consistent-type-imports": ["error", { fixStyle: "inline-type-imports" }],
      "@typescript-eslint/no-unused-vars": [
        "error",
        { argsIgnorePattern: "^_", varsIgnorePattern: "^_" },
      ],
      "no-restricted-properties": [
        "error",
        {
          object: "process",
          property: "env",
          message: "Read configuration through the package's env.ts.",
        },
      ],
      "no-restricted-syntax": [
        "error",
        {
          selector: "CallExpression[callee.object.name='Math'][callee.property.name='random']",
          message: "Pass randomness in; use crypto for secrets.",
        },
      ],
    },
  },
  {
    files: [
      "**/env.ts",
      "**/*.config.{ts,js,mjs}",
      "**/scripts/**",
      "**/e2e/**",
      "**/*.test.ts",
      "**/test/**",
      "**/testing/**",
    ],
    rules: { "no-restricted-properties": "off" },
  },
);
