import type { NextConfig } from "next";
import { SERVER_ACTION_BODY_LIMIT_BYTES } from "@soleus/app-runtime/body-size-limit";

const config: NextConfig = {
  reactStrictMode: true,
  poweredByHeader: false,
  // `npm test` type-checks every package (turbo's typecheck task) before it builds; checking
  // again inside `next build` cost a third of a cold build (decision 0021).
  typescript: { ignoreBuildErrors: true },
  // Workspace packages are TypeScript source, compiled by the app ("just in time").
  transpilePackages: [
    "@soleus/ui",
    "@soleus/learning-ui",
    "@soleus/app-runtime",
    "@soleus/api",
    "@soleus/db",
    "@soleus/content",
    "@soleus/learning-ui",
    "@soleus/quiz-engine",
  ],
  // Node-only database drivers stay outside the server bundle.
  // cspell-lib (publish checks' spelling) finds its dictionaries on disk: bundled, every word was
  // "not in the dictionary".
  serverExternalPackages: ["pg", "@electric-sql/pglite", "cspell-lib"],
  // The proxy answers 413 above this (Next.js itself would answer 500).
  experimental: { serverActions: { bodySizeLimit: SERVER_ACTION_BODY_LIMIT_BYTES } },
};

export default config;
