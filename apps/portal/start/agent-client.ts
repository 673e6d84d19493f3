/** An API client signed in as a demo agent, for the start script's demo contact and the e2e suite's arranging. */
import { createTrellisClient, type TrellisClient } from "@trellis/client";

/**
 * Signs in to the API with email and password (its own session) and returns a client carrying that session.
 *
 * @example
 * const agent = await signedInAgentClient(api.url, { email: "dana@northwind.test", password: "trellis-demo" });
 */
export async function signedInAgentClient(
  apiUrl: string,
  login: { readonly email: string; readonly password: string },
): Promise<TrellisClient> {
  const response = await fetch(`${apiUrl}/api/auth/sign-in/email`, {
    method: "POST",
    headers: { "content-type": "application/json", origin: new URL(apiUrl).origin },
    body: JSON.stringify({ email: login.email, password: login.password }),
  });
  if (!response.ok) {
    throw new Error(`signing in to the API failed: ${response.status} ${await response.text()}`);
  }
  const cookie = response.headers
    .getSetCookie()
    .map((header) => header.split(";")[0])
    .join("; ");
  return createTrellisClient({ url: apiUrl, headers: { cookie } });
}
