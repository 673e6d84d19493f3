/**
 * Where to go after signing in: only a path on this site (`/accounts?search=a`), never another origin
 * (`//evil.test`, `https://…`, `/\evil.test`), so a crafted link cannot send the agent elsewhere.
 */
export function safeRedirectPath(
  value: FormDataEntryValue | string | null | undefined,
  fallback = "/",
): string {
  if (typeof value !== "string" || !value.startsWith("/")) return fallback;
  if (value.startsWith("//") || value.startsWith("/\\")) return fallback;
  return value;
}
