import type { NextConfig } from "next";

const config: NextConfig = {
  reactStrictMode: true,
  poweredByHeader: false,
  // Workspace packages are TypeScript source, compiled by the app ("just in time").
  transpilePackages: ["@soleus/ui", "@soleus/app-runtime", "@soleus/api", "@soleus/db", "@soleus/content", "@soleus/quiz-engine"],
  // Node-only database drivers stay outside the server bundle.
  serverExternalPackages: ["pg", "@electric-sql/pglite"],
};

export default config;
