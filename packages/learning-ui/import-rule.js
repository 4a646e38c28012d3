/**
 * The dependency rule of @soleus/learning-ui (docs/decisions/0026): it renders for learners in
 * both apps, so it may import ui, content's browser-safe render modules and quiz-engine's pure
 * modules, and nothing that reaches a server, a database, a session or an editor.
 */
export const forbiddenImports = [
  {
    group: ["@soleus/api", "@soleus/api/*"],
    message: "learning-ui never imports the api: pass data in as props.",
  },
  { group: ["@soleus/db", "@soleus/db/*"], message: "learning-ui never imports the database." },
  { group: ["@soleus/auth", "@soleus/auth/*"], message: "learning-ui never imports auth." },
  {
    group: ["@soleus/app-runtime", "@soleus/app-runtime/*"],
    message: "learning-ui never imports the server runtime.",
  },
  {
    group: ["@soleus/web", "@soleus/web/*", "@soleus/admin", "@soleus/admin/*"],
    message: "Packages never import apps.",
  },
  {
    group: ["@codemirror/*", "codemirror", "@uiw/*", "@lezer/*"],
    message: "Editor libraries belong to apps/admin only.",
  },
  {
    group: ["next", "next/*", "server-only"],
    message: "learning-ui is plain React: it runs in both apps and in tests.",
  },
  { group: ["node:*"], message: "learning-ui runs in the browser." },
];

export const forbiddenPaths = [
  {
    name: "@soleus/content",
    message:
      "Import a browser-safe subpath (e.g. @soleus/content/render/segments): the root entry loads files with node:fs.",
  },
];

export const learningUiImportRule = {
  files: ["src/**/*.ts", "src/**/*.tsx"],
  ignores: ["src/**/*.test.ts", "src/**/*.test.tsx"],
  rules: {
    "no-restricted-imports": [
      "error",
      {
        paths: forbiddenPaths,
        patterns: forbiddenImports,
      },
    ],
  },
};
