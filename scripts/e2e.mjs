// End-to-end tests: Playwright driving Debian's Chromium against the product started by
// `npm start` on a temporary data directory (see playwright.config.ts).
import { execFileSync } from "node:child_process";
import { existsSync } from "node:fs";
import { runPnpm } from "./pnpm.mjs";

const chromium = findChromium() ?? installChromium();
process.env.CHROMIUM_PATH = chromium;
console.log(`Using Chromium at ${chromium}`);
process.exit(await runPnpm(["exec", "playwright", "test", ...process.argv.slice(2)]));

function findChromium() {
  const candidates = [
    process.env.CHROMIUM_PATH,
    "/usr/bin/chromium",
    "/usr/bin/chromium-browser",
    "/usr/bin/google-chrome",
  ];
  return candidates.find((candidate) => candidate && existsSync(candidate));
}

function installChromium() {
  const isRoot = typeof process.getuid === "function" && process.getuid() === 0;
  if (!isRoot) {
    console.error(
      "The end-to-end tests need Chromium. Install it with `sudo apt-get install -y chromium`, " +
        "or set CHROMIUM_PATH to an existing Chromium or Chrome binary.",
    );
    process.exit(1);
  }
  console.log("Chromium is missing: installing Debian's chromium package …");
  execFileSync("apt-get", ["update", "-qq"], { stdio: "inherit" });
  execFileSync("apt-get", ["install", "-y", "-qq", "chromium"], {
    stdio: "inherit",
    env: { ...process.env, DEBIAN_FRONTEND: "noninteractive" },
  });
  const found = findChromium();
  if (!found) {
    console.error("apt-get installed chromium but no binary was found at /usr/bin/chromium.");
    process.exit(1);
  }
  return found;
}
