/**
 * `/emails/:actionId`: an email that was sent to the contact, read-only. The body is the API's sanitized HTML, shown
 * in a sandboxed frame (no scripts, no forms, no same-origin access) so even a hostile message cannot act here.
 */
import { DateTime } from "../components/date-time";
import { portalContext } from "../lib/portal-context.server";
import { asPortalRouteError } from "../lib/signed-out.server";
import type { Route } from "./+types/email";

export function meta({ loaderData }: Route.MetaArgs): Route.MetaDescriptors {
  return [{ title: `${loaderData?.email.subject ?? "Email"} · Customer portal` }];
}

export async function loader({ request, params, context }: Route.LoaderArgs) {
  const portal = context.get(portalContext);
  const email = await portal.api.portal.emails.get
    .query({ actionId: params.actionId })
    .catch(asPortalRouteError(request, portal));
  return { email };
}

export default function EmailPage({ loaderData }: Route.ComponentProps) {
  const { email } = loaderData;
  return (
    <article className="space-y-4">
      <p className="text-sm text-stone-600">
        <a href="/" className="text-teal-800 underline">
          Your requests
        </a>{" "}
        / Email
      </p>
      <header>
        <h1 className="text-2xl font-semibold text-stone-900">{email.subject}</h1>
        <p className="mt-1 text-sm text-stone-600">
          Sent <DateTime value={email.sentAt} />
        </p>
      </header>
      <iframe
        title={`Email: ${email.subject}`}
        sandbox=""
        srcDoc={email.html}
        referrerPolicy="no-referrer"
        className="h-[32rem] w-full rounded-md border border-stone-200 bg-white"
      />
    </article>
  );
}
