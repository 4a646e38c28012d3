import { createHash } from "node:crypto";

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

/** JSON with object keys sorted at every level and `undefined` fields left out, so equal data hashes equally. */
export function canonicalJson(value: unknown): string {
  const canonical = (input: unknown): Json => {
    if (input === null || typeof input === "boolean" || typeof input === "string") return input;
    if (typeof input === "number") {
      if (!Number.isFinite(input))
        throw new TypeError(`cannot hash the non-finite number ${input}`);
      return input;
    }
    if (Array.isArray(input))
      return input.map((item) => (item === undefined ? null : canonical(item)));
    if (typeof input === "object") {
      const entries = Object.entries(input as Record<string, unknown>)
        .filter(([, item]) => item !== undefined)
        .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
      return Object.fromEntries(entries.map(([key, item]) => [key, canonical(item)]));
    }
    throw new TypeError(`cannot hash a ${typeof input}`);
  };
  return JSON.stringify(canonical(value));
}

/** sha256 (hex) of the canonical JSON of `value`. */
export function contentHash(value: unknown): string {
  return createHash("sha256").update(canonicalJson(value)).digest("hex");
}
