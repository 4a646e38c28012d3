import reactHooks from "eslint-plugin-react-hooks";
import tseslint from "typescript-eslint";
import base from "./base.js";

/** Base rules plus the React hooks rules, for apps and the ui package. */
export default tseslint.config(...base, {
  files: ["**/*.tsx", "**/*.ts"],
  plugins: { "react-hooks": reactHooks },
  rules: {
    "react-hooks/rules-of-hooks": "error",
    "react-hooks/exhaustive-deps": "error",
  },
});
