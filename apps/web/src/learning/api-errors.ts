/** Whether an API call failed because nobody is signed in (tRPC's UNAUTHORIZED). */
export function isUnauthorized(error: unknown): boolean {
  return (error as { code?: unknown } | null)?.code === "UNAUTHORIZED";
}
