// Where the end-to-end tests run the product: ports of their own, so they never touch a
// developer's running copy. Shared by playwright.config.ts and the specs.
const webPort = Number(process.env.E2E_WEB_PORT ?? 3100);
const adminPort = Number(process.env.E2E_ADMIN_PORT ?? 3101);

export const e2ePorts = { web: webPort, admin: adminPort, db: Number(process.env.E2E_DB_PORT ?? 54400) };

export const urls = {
  web: `http://127.0.0.1:${webPort}`,
  admin: `http://127.0.0.1:${adminPort}`,
};
