/** `/mailbox`: the API's dev mailbox (what the organization's actions sent), newest first, paged. */

import { Link } from "react-router";
import { CursorPager } from "../components/cursor-pager";
import { DateTime } from "../components/date-time";
import { EmptyState } from "../components/empty-state";
import { FOCUS_RING } from "../components/focus-ring";
import { PageError } from "../components/page-error";
import { apiContext } from "../lib/api-context.server";
import { asRouteError } from "../lib/as-route-error.server";
import type { Route } from "./+types/mailbox";

const PAGE_SIZE = 25;

export function meta(): Route.MetaDescriptors {
  return [{ title: "Mailbox · Trellis" }];
}

export async function loader({ request, context }: Route.LoaderArgs) {
  const cursor = new URL(request.url).searchParams.get("cursor") || null;
  const page = await context
    .get(apiContext)
    .mailbox.list.query({ limit: PAGE_SIZE, cursor })
    .catch(asRouteError);
  return { cursor, page };
}

const HEAD = "px-3 py-2 font-semibold";
const CELL = "px-3 py-1.5";

export default function Mailbox({ loaderData }: Route.ComponentProps) {
  const { cursor, page } = loaderData;
  return (
    <section aria-labelledby="mailbox-heading" className="space-y-3">
      <div>
        <h1 id="mailbox-heading" className="text-lg font-semibold">
          Mailbox
        </h1>
        <p className="text-sm text-slate-600">
          Emails your actions sent while no mail server is configured: kept here instead of delivered.
        </p>
      </div>
      {page.messages.length === 0 ? (
        <EmptyState title={cursor ? "No older messages" : "No messages yet"}>
          {cursor ? (
            <Link to="/mailbox" className="text-sky-800 underline">
              Back to the newest
            </Link>
          ) : (
            "Executing an email action puts its message here."
          )}
        </EmptyState>
      ) : (
        <div className="overflow-x-auto rounded border border-slate-300 bg-white">
          <table className="w-full text-left text-sm">
            <thead className="border-b border-slate-300 bg-slate-100 text-xs text-slate-700 uppercase">
              <tr>
                <th scope="col" className={HEAD}>
                  Subject
                </th>
                <th scope="col" className={HEAD}>
                  To
                </th>
                <th scope="col" className={HEAD}>
                  Sent
                </th>
              </tr>
            </thead>
            <tbody className="divide-y divide-slate-200">
              {page.messages.map((message) => (
                <tr key={message.id} className="hover:bg-slate-50">
                  <th scope="row" className={`${CELL} font-medium`}>
                    <Link
                      to={`/mailbox/${message.id}`}
                      className={`rounded text-sky-800 hover:underline ${FOCUS_RING}`}
                    >
                      {message.subject || "(no subject)"}
                    </Link>
                  </th>
                  <td className={`${CELL} text-slate-700`}>{message.to.join(", ")}</td>
                  <td className={`${CELL} whitespace-nowrap text-slate-700`}>
                    <DateTime value={message.createdAt} />
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      <CursorPager
        firstHref="/mailbox"
        nextHref={page.nextCursor ? `/mailbox?${new URLSearchParams({ cursor: page.nextCursor })}` : null}
        onLaterPage={Boolean(cursor)}
        firstLabel="Newest messages"
        nextLabel="Older messages"
      />
    </section>
  );
}

export function ErrorBoundary({ error }: Route.ErrorBoundaryProps) {
  return <PageError title="Mailbox" error={error} />;
}
