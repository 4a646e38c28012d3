/**
 * A small in-process cache for published content, which is the same for every reader.
 * Entries live `ttlMs` (so a newly published revision shows on every instance within that time),
 * concurrent misses for one key share one load, failed loads are not kept, and the number of
 * entries is bounded (least recently used goes first), so made-up addresses cannot grow it.
 * Only for public, per-reader-independent results: never cache anything that depends on a session.
 */
export interface PublishedContentCache {
  /** The cached value for `key`, or the result of `load()` (kept for `ttlMs` when it succeeds). */
  get<T>(key: string, load: () => Promise<T>): Promise<T>;
  /** Forget everything (tests; an instance that learns of a publish can call it). */
  clear(): void;
  readonly size: number;
}

interface Entry {
  expiresAt: number;
  value: Promise<unknown>;
}

export function createPublishedContentCache(options: {
  ttlMs: number;
  maxEntries: number;
  now?: () => number;
}): PublishedContentCache {
  const now = options.now ?? Date.now;
  const entries = new Map<string, Entry>();
  return {
    get<T>(key: string, load: () => Promise<T>): Promise<T> {
      const hit = entries.get(key);
      if (hit && hit.expiresAt > now()) {
        // Map order is insertion order: re-inserting marks the entry as recently used.
        entries.delete(key);
        entries.set(key, hit);
        return hit.value as Promise<T>;
      }
      const value = load();
      const entry: Entry = { expiresAt: now() + options.ttlMs, value };
      entries.delete(key);
      entries.set(key, entry);
      while (entries.size > options.maxEntries) {
        const oldest = entries.keys().next().value;
        if (oldest === undefined) break;
        entries.delete(oldest);
      }
      value.catch(() => {
        if (entries.get(key) === entry) entries.delete(key);
      });
      return value;
    },
    clear() {
      entries.clear();
    },
    get size() {
      return entries.size;
    },
  };
}

/**
 * How long published content may be served from memory (docs/decisions/0010). The prerendered
 * lesson pages revalidate on the same period and read through this cache, so a publish can take
 * up to two periods to reach a reader: 2 s keeps that within the 5 s the authoring issue promises
 * on every instance (docs/decisions/0024). Revisions are immutable, so nothing else goes stale.
 */
export const PUBLISHED_CONTENT_TTL_MS = 2_000;
