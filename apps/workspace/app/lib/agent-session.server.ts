/**
 * Signing an agent in and out through the API's better-auth endpoints, server-side: the workspace relays the
 * session cookie the API sets, so it lands on the workspace's origin.
 */
import { z } from "zod";
import { apiBaseUrl } from "./api-url.server";

export const signInFormSchema = z.object({
  email: z.email({ message: "Enter a valid email address." }),
  password: z.string().min(1, { message: "Enter your password." }),
});
export type SignInCredentials = z.infer<typeof signInFormSchema>;

export type SessionResult =
  | { readonly ok: true; readonly setCookies: string[] }
  | { readonly ok: false; readonly status: number; readonly message: string };

interface SessionRequestOptions {
  readonly apiUrl?: string;
  readonly fetch?: typeof globalThis.fetch;
}

const authErrorSchema = z.object({ message: z.string().min(1) });

/**
 * Signs in with email and password; on success returns the Set-Cookie headers to relay to the browser.
 *
 * @example
 * const result = await signInWithPassword({ email: "dana@northwind.test", password: "trellis-demo" });
 */
export function signInWithPassword(
  credentials: SignInCredentials,
  options: SessionRequestOptions = {},
): Promise<SessionResult> {
  return postToAuth(
    "/sign-in/email",
    { "content-type": "application/json" },
    JSON.stringify(credentials),
    options,
  );
}

/** Ends the session of the cookie header given; returns the Set-Cookie headers that clear it. */
export function signOut(cookie: string | null, options: SessionRequestOptions = {}): Promise<SessionResult> {
  const headers: Record<string, string> = {
    "content-type": "application/json",
    ...(cookie ? { cookie } : {}),
  };
  return postToAuth("/sign-out", headers, "{}", options);
}

async function postToAuth(
  path: string,
  headers: Record<string, string>,
  body: string,
  options: SessionRequestOptions,
): Promise<SessionResult> {
  const apiUrl = options.apiUrl ?? apiBaseUrl;
  const send = options.fetch ?? globalThis.fetch;
  // The API checks the Origin of auth requests; this call comes from the workspace server on the agent's behalf.
  const response = await send(`${apiUrl}/api/auth${path}`, {
    method: "POST",
    headers: { ...headers, origin: new URL(apiUrl).origin },
    body,
  });
  if (response.ok) return { ok: true, setCookies: response.headers.getSetCookie() };
  return { ok: false, status: response.status, message: await errorMessage(response) };
}

async function errorMessage(response: Response): Promise<string> {
  const text = await response.text();
  let parsed: unknown = null;
  try {
    parsed = JSON.parse(text);
  } catch {
    // Not JSON (a proxy's error page, say): fall back to the status below.
  }
  const error = authErrorSchema.safeParse(parsed);
  if (error.success) return error.data.message;
  return response.status >= 500
    ? "The Trellis API is not answering. Try again in a moment."
    : `Sign-in failed (HTTP ${response.status}).`;
}
