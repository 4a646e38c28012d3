import { mkdtempSync } from "node:fs";
import os from "node:os";
import path from "node:path";

// Where the end-to-end tests run the product: ports of their own, so they never touch a
// developer's running copy. Shared by playwright.config.ts and the specs.
const webPort = Number(process.env.E2E_WEB_PORT ?? 3100);
const adminPort = Number(process.env.E2E_ADMIN_PORT ?? 3101);

export const e2ePorts = {
  web: webPort,
  admin: adminPort,
  db: Number(process.env.E2E_DB_PORT ?? 54400),
};

export const urls = {
  web: `http://127.0.0.1:${webPort}`,
  admin: `http://127.0.0.1:${adminPort}`,
};

// The product's throwaway data directory: made once by the first process that loads this file
// (Playwright's runner, which starts the product), inherited by its workers through the
// environment, so specs can read what the run command writes there (the setup code).
process.env.SOLEUS_E2E_DATA_DIR ??= mkdtempSync(path.join(os.tmpdir(), "soleus-e2e-"));
export const e2eDataDir = process.env.SOLEUS_E2E_DATA_DIR;
