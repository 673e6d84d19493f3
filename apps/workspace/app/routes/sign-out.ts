/** `/sign-out` (POST): ends the session at the API and clears its cookie in the browser. */
import { data, redirect } from "react-router";
import { signOut } from "../lib/agent-session.server";
import type { Route } from "./+types/sign-out";

export const loader = () => redirect("/");

export async function action({ request }: Route.ActionArgs) {
  const result = await signOut(request.headers.get("cookie"));
  if (!result.ok) throw data(result.message, { status: 502 });
  const headers = new Headers();
  for (const cookie of result.setCookies) headers.append("set-cookie", cookie);
  return redirect("/sign-in", { headers });
}
