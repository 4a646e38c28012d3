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
      parserOptions: {
        // Config files sit outside the packages' tsconfig "include": lint them with defaults.
        projectService: { allowDefaultProject: ["*.js", "*.mjs", "*.config.ts"] },
        tsconfigRootDir: process.cwd(),
      },
    },
  },
  {
    rules: {
      "@typescript-eslint/consistent-type-imports": ["error", { fixStyle: "inline-type-imports" }],
      "@typescript-eslint/no-unused-vars": ["error", { argsIgnorePattern: "^_", varsIgnorePattern: "^_" }],
      // Numbers in messages ("3 of 5 answered") are what templates are for; objects and
      // nullish values still need an explicit conversion.
      "@typescript-eslint/restrict-template-expressions": ["error", { allowNumber: true }],
      // `onClick={() => setOpen(true)}` returning void is the React idiom, not a confusion.
      "@typescript-eslint/no-confusing-void-expression": ["error", { ignoreArrowShorthand: true }],
      // Zod schemas and drizzle tables are declared as types with `type X = z.infer<…>`;
      // interfaces and type aliases are both fine for object shapes.
      "@typescript-eslint/consistent-type-definitions": "off",
      "no-restricted-properties": [
        "error",
        { object: "process", property: "env", message: "Read configuration through the package's env.ts." },
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
    // Plain JavaScript (config files, scripts) has no types to check against.
    files: ["**/*.js", "**/*.mjs"],
    ...tseslint.configs.disableTypeChecked,
  },
  {
    files: ["**/env.ts", "**/*.config.{ts,js,mjs}", "**/scripts/**", "**/e2e/**", "**/*.test.ts", "**/test/**", "**/testing/**"],
    rules: { "no-restricted-properties": "off" },
  },
);
