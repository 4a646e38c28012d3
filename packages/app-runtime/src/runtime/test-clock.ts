import { readFileSync } from "node:fs";

/**
 * Browser tests only: `SOLEUS_TEST_CLOCK=<file>` moves the product's clock forward by the number
 * of milliseconds written in that file (missing or empty: 0), so a test can make "in a minute"
 * happen now. It is refused unless both apps are served over plain http on a loopback address
 * (127.0.0.1, localhost, ::1): a deployment with a public or https address cannot turn it on.
 */
export const TEST_CLOCK_VARIABLE = "SOLEUS_TEST_CLOCK";

const LOOPBACK = new Set(["127.0.0.1", "localhost", "[::1]"]);

/** Why the test clock may not run with these app addresses, or null when it may. */
export function testClockRefusal(appOrigins: readonly string[]): string | null {
  for (const origin of appOrigins) {
    const url = new URL(origin);
    if (url.protocol !== "http:" || !LOOPBACK.has(url.hostname)) {
      return `${TEST_CLOCK_VARIABLE} is for browser tests on this machine only; it cannot be used with ${origin} (only http on 127.0.0.1 or localhost)`;
    }
  }
  return null;
}

function offsetMs(file: string): number {
  let text: string;
  try {
    text = readFileSync(file, "utf8").trim();
  } catch {
    return 0;
  }
  const offset = Number(text || 0);
  if (!Number.isFinite(offset))
    throw new Error(
      `${TEST_CLOCK_VARIABLE}: ${file} must hold a number of milliseconds, not "${text}"`,
    );
  return offset;
}

/**
 * The clock for requests: real time, or with `clockFile` (the e2e run's SOLEUS_TEST_CLOCK,
 * already checked with `testClockRefusal`) real time plus that file's offset, read per call so
 * a test's change applies to the next request of every app process.
 */
export function requestClock(clockFile: string | undefined): () => Date {
  if (!clockFile) return () => new Date();
  return () => new Date(Date.now() + offsetMs(clockFile));
}
