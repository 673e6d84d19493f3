import type { DocumentContent, RequestedDocument } from "@trellis/domain";
import { Form, useNavigation } from "react-router";
import { formatBytes } from "../lib/upload-limit";
import { Button } from "./button";
import { CsrfField } from "./csrf-field";
import { DateTime } from "./date-time";
import { FOCUS_RING } from "./focus-ring";

export interface DocumentUpload {
  readonly uploadId: string;
  readonly documentKey: string;
  readonly fileName: string;
  readonly sizeBytes: number;
  readonly uploadedAt: Date;
}

/** What the last upload post came back with, for the document it was for. */
export interface UploadOutcome {
  /** Null when the post was refused before it was read (too large), so which document it was for is unknown. */
  readonly documentKey: string | null;
  readonly error: string | null;
  readonly uploadedFileName: string | null;
}

interface DocumentRequestProps {
  readonly content: DocumentContent;
  readonly uploads: readonly DocumentUpload[];
  readonly outcome: UploadOutcome | null;
  /** False once the request is done: files can no longer be added. */
  readonly open: boolean;
}

/** A document request: per requested document its limits, the files uploaded so far and an upload form. */
export function DocumentRequest({ content, uploads, outcome, open }: DocumentRequestProps) {
  return (
    <>
      {outcome?.documentKey === null && outcome.error ? (
        <p
          role="alert"
          className="mb-4 rounded-md border border-red-300 bg-red-50 px-3 py-2 text-sm text-red-800"
        >
          {outcome.error}
        </p>
      ) : null}
      <DocumentList content={content} uploads={uploads} outcome={outcome} open={open} />
    </>
  );
}

function DocumentList({ content, uploads, outcome, open }: DocumentRequestProps) {
  return (
    <ul className="space-y-4">
      {content.documents.map((document) => (
        <li key={document.key}>
          <RequestedDocumentCard
            document={document}
            uploads={uploads.filter((upload) => upload.documentKey === document.key)}
            outcome={outcome?.documentKey === document.key ? outcome : null}
            open={open}
          />
        </li>
      ))}
    </ul>
  );
}

interface RequestedDocumentCardProps {
  readonly document: RequestedDocument;
  readonly uploads: readonly DocumentUpload[];
  readonly outcome: UploadOutcome | null;
  readonly open: boolean;
}

function RequestedDocumentCard({ document, uploads, outcome, open }: RequestedDocumentCardProps) {
  const navigation = useNavigation();
  const uploading =
    navigation.state === "submitting" &&
    navigation.formData?.get("intent") === "upload" &&
    navigation.formData.get("documentKey") === document.key;
  const inputId = `file-${document.key}`;
  const limitsId = `${inputId}-limits`;
  const errorId = `${inputId}-error`;
  return (
    <section
      aria-labelledby={`${inputId}-name`}
      className="rounded-md border border-stone-200 bg-white px-4 py-4"
    >
      <h2 id={`${inputId}-name`} className="font-medium text-stone-900">
        {document.name}
        {document.required ? (
          <span className="ml-2 text-xs font-normal text-stone-600">Required</span>
        ) : (
          <span className="ml-2 text-xs font-normal text-stone-600">Optional</span>
        )}
      </h2>
      {document.description ? <p className="mt-1 text-sm text-stone-700">{document.description}</p> : null}
      <p id={limitsId} className="mt-1 text-xs text-stone-600">
        Accepted: {document.acceptedTypes.join(", ")} · up to {formatBytes(document.maxSizeBytes)}
      </p>
      {uploads.length > 0 ? (
        <ul aria-label={`Uploaded for ${document.name}`} className="mt-3 space-y-1 text-sm text-stone-800">
          {uploads.map((upload) => (
            <li key={upload.uploadId}>
              <span className="font-medium">{upload.fileName}</span> · {formatBytes(upload.sizeBytes)} ·
              uploaded <DateTime value={upload.uploadedAt} />
            </li>
          ))}
        </ul>
      ) : (
        <p className="mt-3 text-sm text-stone-600">Nothing uploaded yet.</p>
      )}
      {outcome?.uploadedFileName ? (
        <p role="status" className="mt-3 text-sm font-medium text-emerald-800">
          Uploaded {outcome.uploadedFileName}. Thank you!
        </p>
      ) : null}
      {outcome?.error ? (
        <p
          id={errorId}
          role="alert"
          className="mt-3 rounded-md border border-red-300 bg-red-50 px-3 py-2 text-sm text-red-800"
        >
          {outcome.error}
        </p>
      ) : null}
      {open ? (
        <Form method="post" encType="multipart/form-data" className="mt-3 flex flex-wrap items-end gap-3">
          <CsrfField />
          <input type="hidden" name="intent" value="upload" />
          <input type="hidden" name="documentKey" value={document.key} />
          <div>
            <label htmlFor={inputId} className="block text-sm font-medium text-stone-800">
              File for {document.name}
            </label>
            <input
              id={inputId}
              name="file"
              type="file"
              required
              accept={document.acceptedTypes.join(",")}
              aria-describedby={outcome?.error ? `${errorId} ${limitsId}` : limitsId}
              className={`mt-1 block text-sm text-stone-800 file:mr-3 file:rounded-md file:border file:border-stone-300 file:bg-white file:px-3 file:py-1.5 ${FOCUS_RING}`}
            />
          </div>
          <Button type="submit" variant="primary" disabled={uploading}>
            {uploading ? "Uploading…" : "Upload"}
          </Button>
        </Form>
      ) : null}
    </section>
  );
}
