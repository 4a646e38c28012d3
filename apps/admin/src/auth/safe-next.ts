/** Only local paths: "/courses/x" yes, "//evil.example" or "https://…" never (no open redirect). */
export function safeNext(
  value: FormDataEntryValue | string | null | undefined,
  fallback = "/",
): string {
  if (
    typeof value !== "string" ||
    !value.startsWith("/") ||
    value.startsWith("//") ||
    value.startsWith("/\\")
  )
    return fallback;
  return value.slice(0, 500);
}
