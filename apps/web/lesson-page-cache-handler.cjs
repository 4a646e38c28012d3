// @ts-check
/*
 * The learner site's cache for prerendered pages (next.config.ts `cacheHandler`): Next.js's own
 * in-memory cache, except that a page older than its `revalidate` is rebuilt BEFORE it is served
 * instead of being served once more while it is rebuilt in the background (stale-while-
 * revalidate). With stale-while-revalidate the first reader after a quiet spell got the page
 * as it was when it was last built (minutes or days ago, before a publish), so "a publish
 * shows within 5 s" held only on busy pages. Now every page a reader gets was built at most
 * `revalidate` (2 s) ago, from the database directly, on every instance: docs/decisions/0047.
 *
 * How: Next.js (16) blocks on a fresh render when an entry's `cacheControl.expire` has passed;
 * the Pages Router never sets `expire`, so this handler reports each page's `expire` as its
 * `revalidate`. Plain CommonJS: Next loads it at run time, outside the app's bundles.
 */
/* global require, module -- CommonJS, loaded by Next.js's server */
const FileSystemCache =
  // eslint-disable-next-line @typescript-eslint/no-require-imports -- see above
  require("next/dist/server/lib/incremental-cache/file-system-cache.js").default;

/** Bounded: one lifetime per page address the cache has seen (most recent last). */
const MAX_LIFETIMES = 10_000;

class LessonPageCacheHandler extends FileSystemCache {
  /** @type {Map<string, number>} cache key → the page's `revalidate` seconds */
  static lifetimes = new Map();

  /**
   * @param {string} key
   * @param {any} data
   * @param {any} ctx
   */
  async set(key, data, ctx) {
    const revalidate = ctx?.cacheControl?.revalidate;
    const lifetimes = LessonPageCacheHandler.lifetimes;
    lifetimes.delete(key);
    if (data?.kind === "PAGES" && typeof revalidate === "number" && revalidate > 0) {
      lifetimes.set(key, revalidate);
      while (lifetimes.size > MAX_LIFETIMES) {
        const oldest = lifetimes.keys().next().value;
        if (oldest === undefined) break;
        lifetimes.delete(oldest);
      }
    }
    return super.set(key, data, ctx);
  }

  /**
   * @param {string} key
   * @param {any} ctx
   */
  async get(key, ctx) {
    const data = await super.get(key, ctx);
    const revalidate = LessonPageCacheHandler.lifetimes.get(key);
    if (!data || data.value?.kind !== "PAGES" || revalidate === undefined) return data;
    return { ...data, cacheControl: { revalidate, expire: revalidate } };
  }
}

module.exports = LessonPageCacheHandler;
