import type { ActionContent } from "@trellis/domain";
import { useId } from "react";
import { DateTime } from "../date-time";
import type { ActionDetails } from "./action-details";

type CustomerResponseDetails = NonNullable<ActionDetails["customerResponse"]>;

interface CustomerResponseProps {
  readonly response: CustomerResponseDetails;
  /** The executed content: gives answers their field labels and uploads their document names. */
  readonly content: ActionContent | null;
}

function answerText(value: string | number | boolean | null): string {
  if (value === null || value === "") return "—";
  if (typeof value === "boolean") return value ? "Yes" : "No";
  return String(value);
}

function sizeText(bytes: number): string {
  if (bytes < 1024) return `${bytes} B`;
  if (bytes < 1024 * 1024) return `${Math.round(bytes / 1024)} KB`;
  return `${(bytes / (1024 * 1024)).toFixed(1)} MB`;
}

/** What the contact sent back from the portal: form answers by field label, uploaded files, the booked slot. */
export function CustomerResponse({ response, content }: CustomerResponseProps) {
  const headingId = useId();
  const labels = new Map(
    content?.type === "form" ? content.fields.map((field) => [field.key, field.label]) : [],
  );
  const documentNames = new Map(
    content?.type === "document" ? content.documents.map((document) => [document.key, document.name]) : [],
  );
  const { submission, uploads, booking } = response;
  return (
    <section
      aria-labelledby={headingId}
      className="space-y-1.5 rounded border border-emerald-200 bg-emerald-50 p-3"
    >
      <h3 id={headingId} className="text-xs font-semibold tracking-wide text-slate-700 uppercase">
        Customer response
      </h3>
      {submission ? (
        <>
          <p className="text-xs text-slate-600">
            Submitted by <strong className="text-slate-800">{submission.contactName}</strong> ·{" "}
            <DateTime value={submission.submittedAt} />
          </p>
          <dl className="grid grid-cols-[minmax(0,1fr)_minmax(0,2fr)] gap-x-3 gap-y-1 text-sm">
            {Object.entries(submission.answers).map(([key, value]) => (
              <div key={key} className="contents">
                <dt className="font-medium text-slate-700">{labels.get(key) ?? key}</dt>
                <dd className="whitespace-pre-wrap">{answerText(value)}</dd>
              </div>
            ))}
          </dl>
        </>
      ) : null}
      {uploads.length > 0 ? (
        <ul className="space-y-1 text-sm">
          {uploads.map((upload) => (
            <li key={upload.uploadId}>
              <span className="font-medium text-slate-700">
                {documentNames.get(upload.documentKey) ?? upload.documentKey}:
              </span>{" "}
              <a href={upload.downloadPath} download={upload.fileName} className="text-sky-700 underline">
                {upload.fileName}
              </a>{" "}
              <span className="text-xs text-slate-600">
                ({sizeText(upload.sizeBytes)}, <DateTime value={upload.uploadedAt} />)
              </span>
            </li>
          ))}
        </ul>
      ) : null}
      {booking ? (
        <p className="text-sm">
          <strong>{booking.contactName}</strong> booked <DateTime value={booking.startsAt} /> (
          {booking.durationMinutes} minutes).
        </p>
      ) : null}
    </section>
  );
}
