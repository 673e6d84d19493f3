/** `/`: the contact's requests (open ones first, then done ones) and the emails sent to them. */
import { Link } from "react-router";
import { DateTime } from "../components/date-time";
import { FOCUS_RING } from "../components/focus-ring";
import { RequestStateBadge } from "../components/request-state-badge";
import type { PortalOutputs } from "../lib/portal-api.server";
import { portalContext } from "../lib/portal-context.server";
import { groupRequests, REQUEST_TYPE_LABELS } from "../lib/request-groups";
import { asPortalRouteError } from "../lib/signed-out.server";
import type { Route } from "./+types/home";

type RequestSummary = PortalOutputs["overview"]["requests"][number];

export function meta(): Route.MetaDescriptors {
  return [{ title: "Your requests · Customer portal" }];
}

export async function loader({ request, context }: Route.LoaderArgs) {
  const portal = context.get(portalContext);
  return portal.api.portal.overview.query().catch(asPortalRouteError(request, portal));
}

export default function Home({ loaderData }: Route.ComponentProps) {
  const { open, done } = groupRequests(loaderData.requests);
  return (
    <div className="space-y-10">
      <section aria-labelledby="open-heading">
        <h1 id="open-heading" className="text-2xl font-semibold text-stone-900">
          Waiting for you
        </h1>
        {open.length === 0 ? (
          <p className="mt-3 rounded-md border border-dashed border-stone-300 bg-white px-4 py-6 text-sm text-stone-600">
            You are all caught up: nothing is waiting for you right now.
          </p>
        ) : (
          <RequestList requests={open} />
        )}
      </section>
      {done.length > 0 ? (
        <section aria-labelledby="done-heading">
          <h2 id="done-heading" className="text-lg font-semibold text-stone-900">
            Done
          </h2>
          <RequestList requests={done} />
        </section>
      ) : null}
      <section aria-labelledby="emails-heading">
        <h2 id="emails-heading" className="text-lg font-semibold text-stone-900">
          Emails sent to you
        </h2>
        {loaderData.emails.length === 0 ? (
          <p className="mt-3 text-sm text-stone-600">No emails yet.</p>
        ) : (
          <ul className="mt-3 divide-y divide-stone-200 rounded-md border border-stone-200 bg-white">
            {loaderData.emails.map((email) => (
              <li
                key={email.actionId}
                className="flex flex-wrap items-baseline justify-between gap-2 px-4 py-3"
              >
                <Link
                  to={`/emails/${email.actionId}`}
                  className={`font-medium text-teal-800 underline ${FOCUS_RING}`}
                >
                  {email.subject}
                </Link>
                <span className="text-sm text-stone-600">
                  <DateTime value={email.sentAt} />
                </span>
              </li>
            ))}
          </ul>
        )}
      </section>
    </div>
  );
}

function RequestList({ requests }: { readonly requests: readonly RequestSummary[] }) {
  return (
    <ul className="mt-3 divide-y divide-stone-200 rounded-md border border-stone-200 bg-white">
      {requests.map((request) => (
        <li key={request.actionId} className="flex flex-wrap items-center justify-between gap-3 px-4 py-3">
          <div>
            <Link
              to={`/requests/${request.actionId}`}
              className={`font-medium text-teal-800 underline ${FOCUS_RING}`}
            >
              {request.title}
            </Link>
            <p className="mt-0.5 text-sm text-stone-600">
              {REQUEST_TYPE_LABELS[request.type]}
              {request.dueAt ? (
                <>
                  {" · due "}
                  <DateTime value={request.dueAt} dateOnly />
                </>
              ) : null}
            </p>
          </div>
          <RequestStateBadge state={request.state} />
        </li>
      ))}
    </ul>
  );
}
