/**
 * `/mailbox/:messageId`: one message of the dev mailbox, its HTML body sanitized on the server and shown in a
 * sandboxed iframe (no scripts, no same-origin access), with the plain-text part beside it.
 */
import { Link } from "react-router";
import { DateTime } from "../components/date-time";
import { ErrorState } from "../components/error-state";
import { FOCUS_RING } from "../components/focus-ring";
import { messageDocument } from "../components/mailbox/message-document.server";
import { apiContext } from "../lib/api-context.server";
import { asRouteError } from "../lib/as-route-error.server";
import type { Route } from "./+types/mailbox-message";

export async function loader({ params, context }: Route.LoaderArgs) {
  const message = await context
    .get(apiContext)
    .mailbox.get.query({ id: params.messageId })
    .catch(asRouteError);
  const { html, ...headers } = message;
  return { message: headers, document: messageDocument(html) };
}

export function meta({ loaderData }: Route.MetaArgs): Route.MetaDescriptors {
  return [{ title: loaderData ? `${loaderData.message.subject} · Mailbox · Trellis` : "Message · Trellis" }];
}

function BackLink() {
  return (
    <Link to="/mailbox" className={`rounded text-sm text-sky-800 hover:underline ${FOCUS_RING}`}>
      ← Back to the mailbox
    </Link>
  );
}

export default function MailboxMessage({ loaderData }: Route.ComponentProps) {
  const { message, document } = loaderData;
  const headers: [string, string][] = [
    ["From", message.from],
    ["To", message.to.join(", ")],
    ...(message.cc.length > 0 ? [["Cc", message.cc.join(", ")] as [string, string]] : []),
    ...(message.bcc.length > 0 ? [["Bcc", message.bcc.join(", ")] as [string, string]] : []),
  ];
  return (
    <article aria-labelledby="message-subject" className="space-y-3">
      <BackLink />
      <header className="rounded border border-slate-300 bg-white px-4 py-3">
        <h1 id="message-subject" className="text-lg font-semibold">
          {message.subject || "(no subject)"}
        </h1>
        <dl className="mt-1 grid grid-cols-[auto_1fr] gap-x-3 gap-y-0.5 text-sm">
          {headers.map(([label, value]) => (
            <div key={label} className="contents">
              <dt className="font-medium text-slate-600">{label}</dt>
              <dd className="text-slate-900">{value}</dd>
            </div>
          ))}
          <dt className="font-medium text-slate-600">Sent</dt>
          <dd className="text-slate-900">
            <DateTime value={message.createdAt} />
          </dd>
        </dl>
      </header>
      <iframe
        title="Message body"
        sandbox=""
        srcDoc={document}
        className="h-[60vh] w-full resize-y rounded border border-slate-300 bg-white"
      />
      <details className="rounded border border-slate-300 bg-white px-4 py-2 text-sm">
        <summary className={`cursor-pointer font-medium ${FOCUS_RING}`}>Plain-text version</summary>
        <pre className="mt-2 font-sans whitespace-pre-wrap text-slate-800">{message.text}</pre>
      </details>
    </article>
  );
}

export function ErrorBoundary({ error }: Route.ErrorBoundaryProps) {
  return (
    <section className="space-y-3">
      <BackLink />
      <h1 className="text-lg font-semibold">Message</h1>
      <ErrorState error={error} />
    </section>
  );
}
