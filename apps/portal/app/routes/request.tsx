/**
 * `/requests/:actionId`: one request of the contact's account. A form to fill (then "Thank you" and the answers,
 * read-only), documents to upload (forwarded to the API's upload endpoint), or a meeting to book. Posts carry an
 * `intent`; every one is CSRF-checked, and upload bodies over 25 MB are refused before they are read.
 */
import type { FormContent } from "@trellis/domain";
import { TRPCClientError } from "@trpc/client";
import { data } from "react-router";
import { DateTime } from "../components/date-time";
import { DocumentRequest } from "../components/document-request";
import { FormRequest } from "../components/form-request";
import { MeetingRequest } from "../components/meeting-request";
import { RequestStateBadge } from "../components/request-state-badge";
import { fieldErrors } from "../lib/field-errors";
import { readAnswers } from "../lib/form-answers";
import { forwardUpload } from "../lib/forward-upload.server";
import { type PortalRequest, portalContext } from "../lib/portal-context.server";
import { readProtectedForm } from "../lib/protected-form.server";
import { REQUEST_TYPE_LABELS } from "../lib/request-groups";
import { asPortalRouteError, isSignedOutError, redirectToSignIn } from "../lib/signed-out.server";
import { uploadBodyProblem } from "../lib/upload-limit";
import type { Route } from "./+types/request";

export function meta({ loaderData }: Route.MetaArgs): Route.MetaDescriptors {
  return [{ title: `${loaderData?.request.title ?? "Request"} · Customer portal` }];
}

export async function loader({ request, params, context }: Route.LoaderArgs) {
  const portal = context.get(portalContext);
  const found = await portal.api.portal.requests.get
    .query({ actionId: params.actionId })
    .catch(asPortalRouteError(request, portal));
  return { request: found, now: new Date() };
}

export async function action({ request, params, context }: Route.ActionArgs) {
  const portal = context.get(portalContext);
  if (!portal.sessionToken) throw redirectToSignIn(request, portal);
  // The upload ceiling is checked before anything reads the body (the CSRF field is inside it).
  if (request.headers.get("content-type")?.startsWith("multipart/form-data")) {
    const problem = uploadBodyProblem(request.headers.get("content-length"));
    if (problem) {
      return data(
        { intent: "upload" as const, documentKey: null, error: problem, uploadedFileName: null },
        413,
      );
    }
  }
  const form = await readProtectedForm(request, portal);
  const intent = form.get("intent");
  if (intent === "submit-form") return submitForm(request, portal, params.actionId, form);
  if (intent === "upload") return upload(request, portal, params.actionId, form, portal.sessionToken);
  if (intent === "book") return book(request, portal, params.actionId, form);
  throw data("This page does not know that request.", { status: 400 });
}

async function submitForm(request: Request, portal: PortalRequest, actionId: string, form: FormData) {
  const found = await portal.api.portal.requests.get
    .query({ actionId })
    .catch(asPortalRouteError(request, portal));
  if (found.content.type !== "form") throw data("This request is not a form.", { status: 400 });
  const fields = (found.content as FormContent).fields;
  const { answers, values } = readAnswers(fields, form);
  try {
    await portal.api.portal.forms.submit.mutate({ actionId, answers });
    return { intent: "submit-form" as const, submitted: true, values, errors: null, message: null };
  } catch (error) {
    if (isSignedOutError(error)) throw redirectToSignIn(request, portal);
    if (!(error instanceof TRPCClientError)) throw error;
    const status = error.data?.httpStatus;
    const errors = fieldErrors(
      error.data,
      fields.map((field) => field.key),
    );
    return data(
      {
        intent: "submit-form" as const,
        submitted: false,
        values,
        errors,
        message: errors ? null : error.message,
      },
      typeof status === "number" ? status : 502,
    );
  }
}

async function upload(
  request: Request,
  portal: PortalRequest,
  actionId: string,
  form: FormData,
  sessionToken: string,
) {
  const documentKey = String(form.get("documentKey") ?? "");
  const file = form.get("file");
  if (!(file instanceof File) || file.size === 0) {
    return data(
      { intent: "upload" as const, documentKey, error: "Choose a file to upload.", uploadedFileName: null },
      400,
    );
  }
  const result = await forwardUpload({ sessionToken, actionId, documentKey, file });
  if (result.ok) {
    return { intent: "upload" as const, documentKey, error: null, uploadedFileName: result.fileName };
  }
  if (result.status === 401) throw redirectToSignIn(request, portal);
  return data(
    { intent: "upload" as const, documentKey, error: result.message, uploadedFileName: null },
    result.status,
  );
}

async function book(request: Request, portal: PortalRequest, actionId: string, form: FormData) {
  const startsAt = new Date(String(form.get("startsAt") ?? ""));
  if (Number.isNaN(startsAt.getTime())) {
    return data({ intent: "book" as const, error: "Choose one of the proposed times." }, 400);
  }
  try {
    await portal.api.portal.meetings.book.mutate({ actionId, startsAt });
    return { intent: "book" as const, error: null };
  } catch (error) {
    if (isSignedOutError(error)) throw redirectToSignIn(request, portal);
    if (!(error instanceof TRPCClientError)) throw error;
    const status = error.data?.httpStatus;
    return data({ intent: "book" as const, error: error.message }, typeof status === "number" ? status : 502);
  }
}

export default function RequestPage({ loaderData, actionData }: Route.ComponentProps) {
  const { request, now } = loaderData;
  const content = request.content;
  const thanked = actionData?.intent === "submit-form" && actionData.submitted;
  return (
    <article className="space-y-6">
      <header>
        <p className="text-sm text-stone-600">
          <a href="/" className="text-teal-800 underline">
            Your requests
          </a>{" "}
          / {REQUEST_TYPE_LABELS[request.type]}
        </p>
        <div className="mt-2 flex flex-wrap items-center gap-3">
          <h1 className="text-2xl font-semibold text-stone-900">{request.title}</h1>
          <RequestStateBadge state={request.state} />
        </div>
        {request.dueAt ? (
          <p className="mt-1 text-sm text-stone-600">
            Due <DateTime value={request.dueAt} dateOnly />
          </p>
        ) : null}
      </header>
      {thanked ? (
        <div role="status" className="rounded-md border border-emerald-300 bg-emerald-50 px-4 py-3">
          <p className="font-semibold text-emerald-900">Thank you!</p>
          <p className="text-sm text-emerald-900">Your answers were sent to your account team.</p>
        </div>
      ) : null}
      <Instructions text={content.type === "meeting" ? content.agenda : content.instructions} />
      {content.type === "form" ? (
        <FormRequest
          content={content}
          submission={request.submission}
          outcome={actionData?.intent === "submit-form" && !actionData.submitted ? actionData : null}
        />
      ) : content.type === "document" ? (
        <DocumentRequest
          content={content}
          uploads={request.uploads}
          outcome={actionData?.intent === "upload" ? actionData : null}
          open={request.state === "executed"}
        />
      ) : (
        <MeetingRequest
          content={content}
          booking={request.booking}
          error={actionData?.intent === "book" ? actionData.error : null}
          now={now}
        />
      )}
    </article>
  );
}

function Instructions({ text }: { readonly text: string }) {
  if (!text.trim()) return null;
  return <p className="whitespace-pre-wrap text-stone-800">{text}</p>;
}
