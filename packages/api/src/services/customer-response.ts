/**
 * What the customer sent back for an executed portal action, as the agent's action page shows it: the form's
 * answers, the uploaded documents (each with its download path) and the booked meeting slot. Times are ISO strings,
 * like the rest of the action page.
 */
import {
  type ActionRow,
  getFormSubmission,
  getMeetingBooking,
  listDocumentUploads,
  type TenantScope,
} from "@trellis/db";
import type { ActionId, FormAnswers, UtcTimestamp } from "@trellis/domain";

export interface CustomerResponseDetails {
  readonly submission: {
    readonly answers: FormAnswers;
    readonly submittedAt: UtcTimestamp;
    readonly contactName: string;
  } | null;
  readonly uploads: {
    readonly uploadId: string;
    readonly documentKey: string;
    readonly fileName: string;
    readonly sizeBytes: number;
    readonly uploadedAt: UtcTimestamp;
    /** Where the agent downloads it (the API's file route, proxied by the workspace). */
    readonly downloadPath: string;
  }[];
  readonly booking: {
    readonly startsAt: UtcTimestamp;
    readonly durationMinutes: number;
    readonly bookedAt: UtcTimestamp;
    readonly contactName: string;
  } | null;
}

/** The download path of an upload. */
export function uploadDownloadPath(uploadId: string): string {
  return `/files/uploads/${encodeURIComponent(uploadId)}`;
}

/**
 * The customer's response to a form, document or meeting action; null for other types and when nothing came back.
 *
 * @example
 * const response = await loadCustomerResponse(scope, actionRow); // { submission: { answers: { team_size: 40 } … } … }
 */
export async function loadCustomerResponse(
  scope: TenantScope,
  row: Pick<ActionRow, "id" | "type">,
): Promise<CustomerResponseDetails | null> {
  const actionId = row.id as ActionId;
  const [submission, uploads, booking] = await Promise.all([
    row.type === "form" ? getFormSubmission(scope, actionId) : undefined,
    row.type === "document" ? listDocumentUploads(scope, actionId) : [],
    row.type === "meeting" ? getMeetingBooking(scope, actionId) : undefined,
  ]);
  if (!submission && uploads.length === 0 && !booking) return null;
  return {
    submission: submission
      ? {
          answers: submission.answers,
          submittedAt: submission.submitted_at.toISOString(),
          contactName: submission.contact_name,
        }
      : null,
    uploads: uploads.map((upload) => ({
      uploadId: upload.id,
      documentKey: upload.document_key,
      fileName: upload.file_name,
      sizeBytes: Number(upload.size_bytes),
      uploadedAt: upload.uploaded_at.toISOString(),
      downloadPath: uploadDownloadPath(upload.id),
    })),
    booking: booking
      ? {
          startsAt: booking.starts_at.toISOString(),
          durationMinutes: booking.duration_minutes,
          bookedAt: booking.booked_at.toISOString(),
          contactName: booking.contact_name,
        }
      : null,
  };
}
