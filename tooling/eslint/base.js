import js from "@eslint/js";
import tseslint from "typescript-eslint";

/**
 * Base rules for every TypeScript package: typescript-eslint's strict and stylistic
 * type-checked configs (the type information comes from each package's tsconfig through the
 * project service). process.env is read in exactly one place per package (env.ts) so
 * configuration is validated once, at start.
 */
export default tseslint.config(
  { ignores: ["**/node_modules/**", "**/.next/**", "**/dist/**", "**/drizzle/**", "**/*.d.ts"] },
  js.configs.recommended,
  ...tseslint.configs.strictTypeChecked,
  ...tseslint.configs.stylisticTypeChecked,
  {
    languageOptions: {
      parserOptions: { projectService: true, tsconfigRootDir: process.cwd() },
    },
  },
  {
    rules: {
      "@typescript-eslint/consistent-type-imports": ["error", { fixStyle: "inline-type-imports" }],
      "@typescript-eslint/no-unused-vars": [
        "error",
        { argsIgnorePattern: "^_", varsIgnorePattern: "^_" },
      ],
      // Numbers in messages ("3 of 5 answered") are what templates are for; objects and
      // nullish values still need an explicit conversion.
      "@typescript-eslint/restrict-template-expressions": ["error", { allowNumber: true }],
      // `onClick={() => setOpen(true)}` returning void is the React idiom, not a confusion.
      "@typescript-eslint/no-confusing-void-expression": ["error", { ignoreArrowShorthand: true }],
      // Zod schemas and drizzle tables are declared as types with `type X = z.infer<…>`;
      // interfaces and type aliases are both fine for object shapes.
      "@typescript-eslint/consistent-type-definitions": "off",
      // It would turn `x as T` into `x!`, which strict's no-non-null-assertion forbids: the two
      // rules conflict (typescript-eslint documents this); we keep no-non-null-assertion.
      "@typescript-eslint/non-nullable-type-assertion-style": "off",
      // An empty string means "not given" here (an unset environment variable, a blank form
      // field, a blank title): `value || fallback` says that on purpose for strings.
      "@typescript-eslint/prefer-nullish-coalescing": [
        "error",
        { ignorePrimitives: { string: true } },
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
    // Plain JavaScript and tool config files sit outside the packages' tsconfig projects:
    // they get the syntactic rules only.
    files: ["**/*.js", "**/*.mjs", "**/*.cjs", "**/*.config.ts"],
    ...tseslint.configs.disableTypeChecked,
  },
  {
    // Vitest's asymmetric matchers (expect.any, expect.objectContaining, expect.closeTo) are
    // typed `any`, so every `toMatchObject({ id: expect.any(String) })` reads as an unsafe
    // assignment. Tests only; production code keeps both rules.
    files: ["**/*.test.ts", "**/*.test.tsx"],
    rules: {
      "@typescript-eslint/no-unsafe-assignment": "off",
      "@typescript-eslint/no-unsafe-argument": "off",
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
