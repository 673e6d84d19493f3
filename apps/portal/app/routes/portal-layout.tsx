/**
 * The signed-in portal: the header (organization, the contact's name, sign out) around every page. A missing or
 * expired session sends the contact to /sign-in, which brings them back here.
 */
import { Form, NavLink, Outlet, useNavigation } from "react-router";
import { buttonClasses } from "../components/button";
import { CsrfField } from "../components/csrf-field";
import { FOCUS_RING } from "../components/focus-ring";
import { portalContext } from "../lib/portal-context.server";
import { asPortalRouteError, redirectToSignIn } from "../lib/signed-out.server";
import type { Route } from "./+types/portal-layout";

export async function loader({ request, context }: Route.LoaderArgs) {
  const portal = context.get(portalContext);
  if (!portal.sessionToken) throw redirectToSignIn(request, portal);
  const me = await portal.api.portal.auth.me.query().catch(asPortalRouteError(request, portal));
  if (!me) throw redirectToSignIn(request, portal);
  return { me };
}

const NAV_LINK = `rounded-md px-3 py-1.5 text-sm font-medium ${FOCUS_RING}`;

export default function PortalLayout({ loaderData }: Route.ComponentProps) {
  const { me } = loaderData;
  const navigation = useNavigation();
  return (
    <div className="min-h-screen">
      <header className="border-b border-stone-200 bg-white">
        <div className="mx-auto flex max-w-3xl flex-wrap items-center justify-between gap-3 px-4 py-3">
          <div>
            <p className="text-base font-semibold text-stone-900">{me.organization.name}</p>
            <p className="text-xs text-stone-600">Customer portal · {me.account.name}</p>
          </div>
          <div className="flex items-center gap-3">
            <span className="text-sm text-stone-700">
              {me.contact.firstName} {me.contact.lastName}
            </span>
            <Form method="post" action="/sign-out">
              <CsrfField />
              <button type="submit" className={buttonClasses("secondary")}>
                Sign out
              </button>
            </Form>
          </div>
        </div>
        <nav aria-label="Portal" className="mx-auto flex max-w-3xl gap-1 px-4 pb-2">
          <NavLink
            to="/"
            end
            className={({ isActive }) =>
              `${NAV_LINK} ${isActive ? "bg-teal-50 text-teal-900" : "text-stone-700"}`
            }
          >
            Your requests
          </NavLink>
          <NavLink
            to="/feedback"
            className={({ isActive }) =>
              `${NAV_LINK} ${isActive ? "bg-teal-50 text-teal-900" : "text-stone-700"}`
            }
          >
            Give feedback
          </NavLink>
        </nav>
      </header>
      <main
        className={`mx-auto max-w-3xl px-4 py-8 ${navigation.state === "loading" ? "opacity-70" : ""}`}
        aria-busy={navigation.state === "loading"}
      >
        <Outlet />
      </main>
    </div>
  );
}
