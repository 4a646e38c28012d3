/** "90", "2.5", "2,5", "1 000" → a number; anything else → null. */
export function parseDecimal(raw: string): number | null {
  const cleaned = raw.trim().replace(/\s+/g, "").replace(",", ".");
  if (!/^[-+]?(\d+\.?\d*|\.\d+)$/.test(cleaned)) return null;
  const value = Number(cleaned);
  return Number.isFinite(value) ? value : null;
}

export type NumberWithUnit =
  | { kind: "empty" }
  | { kind: "number"; value: number; unit: string | null }
  | { kind: "not-a-number" }
  | { kind: "unknown-unit"; value: number; typed: string };

/**
 * What was typed in a number box: a number, optionally followed by a unit ("30 mins", "90°").
 * A typed unit is matched (case and spacing ignored) against the question's spellings and
 * reported by the unit's name; any other unit is reported as unknown, never dropped silently.
 */
export function parseNumberWithUnit(
  raw: string,
  unit: { name: string; spellings: string[] } | undefined,
): NumberWithUnit {
  const text = raw.trim();
  if (text === "") return { kind: "empty" };
  const plain = parseDecimal(text);
  if (plain !== null) return { kind: "number", value: plain, unit: null };
  const split = /^([-+]?[\d\s.,]*\d[.,]?)\s*([^\d\s.,+-].*)$/u.exec(text);
  const value = split?.[1] === undefined ? null : parseDecimal(split[1]);
  const typed = split?.[2]?.trim() ?? "";
  if (value === null || typed === "") return { kind: "not-a-number" };
  const key = typed.normalize("NFKD").replace(/\s+/gu, " ").toLowerCase();
  if (unit?.spellings.includes(key)) return { kind: "number", value, unit: unit.name };
  return { kind: "unknown-unit", value, typed };
}
