/**
 * Wilson score interval for a proportion `p` observed over `n` trials (z = 1.96 for 95%).
 * Unlike p ± z·SE it stays inside [0, 1] and behaves for small n and p near 0 or 1.
 * For partial credit, `p` is the mean fraction, treated as a proportion of n.
 */
export function wilsonInterval(p: number, n: number, z = 1.96): { low: number; high: number } {
  if (n <= 0) return { low: 0, high: 1 };
  const z2 = z * z;
  const denominator = 1 + z2 / n;
  const centre = (p + z2 / (2 * n)) / denominator;
  const half = (z / denominator) * Math.sqrt((p * (1 - p)) / n + z2 / (4 * n * n));
  return { low: Math.max(0, centre - half), high: Math.min(1, centre + half) };
}
