import config from "@soleus/eslint-config/react";

export default [
  ...config,
  {
    // ui is the leaf (docs/decisions/0026): primitives, layout and themes, importing no other package of ours.
    files: ["src/**/*.ts", "src/**/*.tsx"],
    rules: {
      "no-restricted-imports": [
        "error",
        {
          patterns: [
            {
              group: ["@soleus/*"],
              message: "@soleus/ui is a leaf: it imports no other workspace package.",
            },
          ],
        },
      ],
    },
  },
];
