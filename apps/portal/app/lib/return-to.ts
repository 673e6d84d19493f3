/**
 * Where to go after signing in: only a path of this portal (`/requests/act_1?tab=a`), never another origin
 * (`//evil.test`, `https://…`, `/\evil.test`, control characters a browser would strip), so a crafted sign-in link
 * cannot send the contact elsewhere.
 */
export function safeReturnTo(value: FormDataEntryValue | string | null | undefined, fallback = "/"): string {
  if (typeof value !== "string" || !value.startsWith("/") || value.length > 200) return fallback;
  if (value.startsWith("//") || value.startsWith("/\\")) return fallback;
  // Browsers drop tabs and newlines inside URLs ("/\t/evil.test" becomes "//evil.test").
  if (Array.from(value).some((character) => character.charCodeAt(0) < 0x20 || character === "\\")) {
    return fallback;
  }
  return value;
}

/** The sign-in page's address that brings the contact back to `path` afterwards. */
export function signInPath(path: string): string {
  const returnTo = safeReturnTo(path, "");
  return returnTo && returnTo !== "/" ? `/sign-in?returnTo=${encodeURIComponent(returnTo)}` : "/sign-in";
}
