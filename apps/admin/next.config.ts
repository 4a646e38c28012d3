import type { NextConfig } from "next";

const config: NextConfig = {
  reactStrictMode: true,
  poweredByHeader: false,
  // `npm test` type-checks every package (turbo's typecheck task) before it builds; checking
  // again inside `next build` cost a third of a cold build (decision 0021).
  typescript: { ignoreBuildErrors: true },
  // Workspace packages are TypeScript source, compiled by the app ("just in time").
  transpilePackages: ["@soleus/ui", "@soleus/app-runtime", "@soleus/api", "@soleus/db", "@soleus/content", "@soleus/quiz-engine"],
  // Node-only database drivers stay outside the server bundle.
  serverExternalPackages: ["pg", "@electric-sql/pglite"],
};

export default config;
