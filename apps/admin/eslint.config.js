import config from "@soleus/eslint-config/react";

export default [
  ...config,
  { ignores: ["next-env.d.ts", ".next/**"] },
  {
    // @soleus/db and @soleus/auth are dev dependencies for the e2e fixtures only: the app reaches
    // data through the api (docs/shared architecture: apps never import db directly).
    files: ["src/**/*.ts", "src/**/*.tsx"],
    rules: {
      "no-restricted-imports": [
        "error",
        {
          patterns: [
            {
              group: ["@soleus/db", "@soleus/db/*", "@soleus/auth", "@soleus/auth/*"],
              message:
                "The admin app reads data through @soleus/api (or app-runtime), never db or auth.",
            },
          ],
        },
      ],
    },
  },
];
