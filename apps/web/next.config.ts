import { createRequire } from "node:module";
import type { NextConfig } from "next";
import { SERVER_ACTION_BODY_LIMIT_BYTES } from "@soleus/app-runtime/body-size-limit";
import { prerenderedAddressHeaders } from "@soleus/app-runtime/content-security-policy";
import { LESSON_ADDRESS, lessonRewrites, READING_ADDRESS } from "./src/reading/reading-route";

// Prerendered lessons bypass the proxy (docs/decisions/0012): their headers are set here (the
// page adds its strict script policy itself, in a <meta> element: see pages/_document.tsx).
const lessonHeaders = [
  ...prerenderedAddressHeaders({ development: process.env.NODE_ENV === "development" }),
  // One address, a page per display variant: no shared cache may give one reader's variant to another.
  { key: "vary", value: "cookie" },
];

// Prerendered pages are rebuilt before they are served once older than their `revalidate`
// (never served stale), so a publish reaches every reader within 5 s: docs/decisions/0047.
const lessonPageCacheHandler = createRequire(import.meta.url).resolve(
  "./lesson-page-cache-handler.cjs",
);

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
    "@soleus/quiz-engine",
  ],
  // Node-only database drivers stay outside the server bundle.
  serverExternalPackages: ["pg", "@electric-sql/pglite"],
  // Prerendered lessons are kept in memory only (bounded LRU): a restart, or another data
  // directory, never serves pages built from another database.
  // Server actions: the proxy answers 413 above this limit (Next.js itself would answer 500).
  cacheHandler: lessonPageCacheHandler,
  experimental: {
    isrFlushToDisk: false,
    serverActions: { bodySizeLimit: SERVER_ACTION_BODY_LIMIT_BYTES },
  },
  rewrites: () => Promise.resolve({ beforeFiles: lessonRewrites(), afterFiles: [], fallback: [] }),
  headers: () =>
    Promise.resolve([
      { source: LESSON_ADDRESS, headers: lessonHeaders },
      { source: READING_ADDRESS, headers: lessonHeaders },
    ]),
};

export default config;
