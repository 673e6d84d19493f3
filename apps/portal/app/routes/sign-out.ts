/** `/sign-out` (POST): revokes the contact's session at the API and deletes the cookie. */
import { redirect } from "react-router";
import { expiredCookie, SESSION_COOKIE } from "../lib/cookies.server";
import { portalContext } from "../lib/portal-context.server";
import { readProtectedForm } from "../lib/protected-form.server";
import { isSignedOutError } from "../lib/signed-out.server";
import type { Route } from "./+types/sign-out";

export const loader = () => redirect("/");

export async function action({ request, context }: Route.ActionArgs) {
  const portal = context.get(portalContext);
  await readProtectedForm(request, portal);
  if (portal.sessionToken) {
    // An already expired or revoked session is as signed out as it gets.
    await portal.api.portal.auth.signOut.mutate().catch((error: unknown) => {
      if (!isSignedOutError(error)) throw error;
    });
  }
  return redirect("/sign-in", { headers: { "Set-Cookie": expiredCookie(SESSION_COOKIE, portal.origin) } });
}
