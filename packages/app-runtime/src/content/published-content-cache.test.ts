import { describe, expect, it } from "vitest";
import { createPublishedContentCache } from "./published-content-cache";

function clock(start = 0) {
  let time = start;
  return { now: () => time, advance: (ms: number) => (time += ms) };
}

describe("published content cache", () => {
  it("loads once within the time to live and again after it", async () => {
    const time = clock();
    const cache = createPublishedContentCache({ ttlMs: 5_000, maxEntries: 10, now: time.now });
    let loads = 0;
    const load = () => Promise.resolve(`revision ${++loads}`);
    expect(await cache.get("lesson", load)).toBe("revision 1");
    time.advance(4_999);
    expect(await cache.get("lesson", load)).toBe("revision 1");
    time.advance(1);
    expect(await cache.get("lesson", load)).toBe("revision 2");
  });

  it("shares one load between concurrent readers of the same key", async () => {
    const cache = createPublishedContentCache({ ttlMs: 5_000, maxEntries: 10 });
    let loads = 0;
    const load = () => new Promise<number>((resolve) => setTimeout(() => resolve(++loads), 5));
    const values = await Promise.all(Array.from({ length: 20 }, () => cache.get("lesson", load)));
    expect(new Set(values)).toEqual(new Set([1]));
    expect(loads).toBe(1);
  });

  it("does not keep a failed load, so the next reader tries again", async () => {
    const cache = createPublishedContentCache({ ttlMs: 5_000, maxEntries: 10 });
    await expect(
      cache.get("lesson", () => Promise.reject(new Error("database down"))),
    ).rejects.toThrow("database down");
    expect(await cache.get("lesson", () => Promise.resolve("back"))).toBe("back");
  });

  it("keeps at most maxEntries, dropping the least recently used", async () => {
    const cache = createPublishedContentCache({ ttlMs: 5_000, maxEntries: 2 });
    await cache.get("a", () => Promise.resolve("a1"));
    await cache.get("b", () => Promise.resolve("b1"));
    await cache.get("a", () => Promise.resolve("a2")); // a is now the most recently used
    await cache.get("c", () => Promise.resolve("c1")); // evicts b
    expect(cache.size).toBe(2);
    expect(await cache.get("a", () => Promise.resolve("a3"))).toBe("a1");
    expect(await cache.get("b", () => Promise.resolve("b2"))).toBe("b2");
  });

  it("forgets everything on clear", async () => {
    const cache = createPublishedContentCache({ ttlMs: 5_000, maxEntries: 10 });
    await cache.get("lesson", () => Promise.resolve("old"));
    cache.clear();
    expect(await cache.get("lesson", () => Promise.resolve("new"))).toBe("new");
  });
});
