/**
 * Normalise typed answers for comparison: compatibility-decompose, drop accents and other
 * combining marks, collapse runs of whitespace, trim, and (unless case matters) lowercase.
 * "  Sóleus   MUSCLE " and "soleus muscle" compare equal.
 */
export function normaliseAnswer(text: string, caseSensitive = false): string {
  const plain = text.normalize("NFKD").replace(/\p{M}/gu, "").replace(/\s+/gu, " ").trim();
  return caseSensitive ? plain : plain.toLowerCase();
}
