import path from "node:path";
import { defineConfig } from "@playwright/test";
import { e2eDataDir, e2ePorts, urls } from "./e2e.urls";

// The product runs exactly as `npm start` runs it, on a throwaway data directory and
// ports of its own so it never touches a developer's running copy.
const dataDir = e2eDataDir;
// The product's test clock (e2e.clock.ts). Set once by the runner; its workers inherit it.
const testClockFile = (process.env.SOLEUS_TEST_CLOCK ??= path.join(
  dataDir,
  "test-clock-offset-ms",
));
// Emails the product "sends" (no SMTP in tests) land here as JSON lines; set once in the runner
// process, so its test workers read the same file (apps/web/e2e/outbox.ts).
process.env.SOLEUS_E2E_OUTBOX ??= path.join(dataDir, "outbox.jsonl");

export default defineConfig({
  testDir: ".",
  testMatch: ["apps/*/e2e/**/*.spec.ts"],
  fullyParallel: false,
  workers: 1,
  forbidOnly: Boolean(process.env.CI),
  retries: 0,
  timeout: 60_000,
  reporter: [["list"]],
  use: {
    launchOptions: {
      executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium",
      args: [
        "--no-sandbox",
        "--disable-gpu",
        "--disable-quic",
        "--no-first-run",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
      ],
    },
    trace: "retain-on-failure",
  },
  projects: [
    { name: "web", testMatch: "apps/web/e2e/**/*.spec.ts", use: { baseURL: urls.web } },
    { name: "admin", testMatch: "apps/admin/e2e/**/*.spec.ts", use: { baseURL: urls.admin } },
  ],
  webServer: {
    command: "npm start",
    url: `${urls.admin}/api/health`,
    timeout: 300_000,
    reuseExistingServer: false,
    stdout: "pipe",
    stderr: "pipe",
    gracefulShutdown: { signal: "SIGTERM", timeout: 20_000 },
    env: {
      SOLEUS_DATA_DIR: e2eDataDir,
      SOLEUS_WEB_PORT: String(e2ePorts.web),
      SOLEUS_ADMIN_PORT: String(e2ePorts.admin),
      SOLEUS_DB_PORT: String(e2ePorts.db),
      DATABASE_URL: "",
      SOLEUS_TEST_CLOCK: testClockFile,
      SOLEUS_DEV_OUTBOX: process.env.SOLEUS_E2E_OUTBOX,
    },
  },
});
