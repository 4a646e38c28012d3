// The product's clock in browser tests: playwright.config.ts points SOLEUS_TEST_CLOCK at a file
// in the run's data directory; the apps add the milliseconds written there to real time
// (packages/app-runtime/src/runtime/test-clock.ts; refused on any https or non-loopback address).
import { readFileSync, writeFileSync } from "node:fs";

function clockFile(): string {
  const file = process.env.SOLEUS_TEST_CLOCK;
  if (!file)
    throw new Error(
      "SOLEUS_TEST_CLOCK is not set: run the browser tests through playwright.config.ts",
    );
  return file;
}

function currentOffsetMs(): number {
  try {
    return Number(readFileSync(clockFile(), "utf8").trim() || 0);
  } catch {
    return 0;
  }
}

/** Moves the product's clock forward (both apps, from their next request on). */
export function advanceProductClock(ms: number): void {
  writeFileSync(clockFile(), String(currentOffsetMs() + ms));
}

/** Puts the product's clock back to real time. */
export function resetProductClock(): void {
  writeFileSync(clockFile(), "0");
}
