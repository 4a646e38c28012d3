import { mkdtempSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { requestClock, testClockRefusal } from "./test-clock";

describe("the browser tests' clock (SOLEUS_TEST_CLOCK)", () => {
  it("moves the request clock by the offset in its file, read on every call", () => {
    const file = path.join(mkdtempSync(path.join(os.tmpdir(), "soleus-clock-")), "offset");
    const clock = requestClock(file);
    expect(Math.abs(clock().getTime() - Date.now())).toBeLessThan(1_000);
    writeFileSync(file, String(10 * 60_000));
    expect(clock().getTime() - Date.now()).toBeGreaterThan(10 * 60_000 - 1_000);
    writeFileSync(file, "soon");
    expect(() => clock()).toThrow(/must hold a number of milliseconds/);
  });

  it("without the setting, is the real clock", () => {
    expect(Math.abs(requestClock(undefined)().getTime() - Date.now())).toBeLessThan(1_000);
  });

  it("is refused for any https or non-loopback address, so a deployment cannot turn it on", () => {
    expect(testClockRefusal(["http://127.0.0.1:3100", "http://localhost:3101"])).toBeNull();
    for (const origin of [
      "https://127.0.0.1:3100",
      "http://learn.example.org",
      "http://0.0.0.0:3000",
      "http://192.168.1.20:3000",
    ]) {
      expect(testClockRefusal(["http://127.0.0.1:3100", origin])).toMatch(
        /SOLEUS_TEST_CLOCK is for browser tests on this machine only/,
      );
    }
  });
});
