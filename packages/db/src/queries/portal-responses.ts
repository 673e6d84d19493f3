/**
 * What contacts send back from the portal, stored beside the action it answers: form answers (one submission per
 * action), uploaded documents (the bytes are in document storage, these are their records) and meeting bookings
 * (one per action). Reads by action serve both the portal and the agent's action page.
 */
import type { ActionId } from "@trellis/domain";
import { newId } from "@trellis/domain";
import type { DocumentUploadRow } from "../tables/document-uploads.table.js";
import type { FormSubmissionRow } from "../tables/form-submissions.table.js";
import type { MeetingBookingRow } from "../tables/meeting-bookings.table.js";
import type { TenantScope } from "../tenant-scope.js";

export type FormAnswersRecord = Record<string, string | number | boolean | null>;

/** A row with the name of the contact who wrote it. */
export type WithContactName<T> = T & { readonly contact_name: string };

export async function insertFormSubmission(
  scope: TenantScope,
  submission: { actionId: ActionId; contactId: string; answers: FormAnswersRecord; at: Date },
): Promise<void> {
  await scope.db
    .insertInto("form_submissions")
    .values({
      id: newId("formSubmission"),
      organization_id: scope.organizationId,
      action_id: submission.actionId,
      contact_id: submission.contactId,
      answers: JSON.stringify(submission.answers),
      submitted_at: submission.at,
    })
    .execute();
}

export async function getFormSubmission(
  scope: TenantScope,
  actionId: ActionId,
): Promise<WithContactName<FormSubmissionRow> | undefined> {
  return scope.db
    .selectFrom("form_submissions")
    .innerJoin("contacts", "contacts.id", "form_submissions.contact_id")
    .selectAll("form_submissions")
    .select((eb) =>
      eb
        .fn<string>("concat_ws", [eb.val(" "), "contacts.first_name", "contacts.last_name"])
        .as("contact_name"),
    )
    .where("form_submissions.organization_id", "=", scope.organizationId)
    .where("form_submissions.action_id", "=", actionId)
    .executeTakeFirst();
}

export interface NewDocumentUpload {
  id: string;
  actionId: ActionId;
  contactId: string;
  documentKey: string;
  fileName: string;
  contentType: string;
  sizeBytes: number;
  sha256: string;
  storageKey: string;
  at: Date;
}

export async function insertDocumentUpload(scope: TenantScope, upload: NewDocumentUpload): Promise<void> {
  await scope.db
    .insertInto("document_uploads")
    .values({
      id: upload.id,
      organization_id: scope.organizationId,
      action_id: upload.actionId,
      contact_id: upload.contactId,
      document_key: upload.documentKey,
      file_name: upload.fileName,
      content_type: upload.contentType,
      size_bytes: upload.sizeBytes,
      sha256: upload.sha256,
      storage_key: upload.storageKey,
      uploaded_at: upload.at,
    })
    .execute();
}

/** The action's uploads, oldest first. */
export async function listDocumentUploads(
  scope: TenantScope,
  actionId: ActionId,
): Promise<DocumentUploadRow[]> {
  return scope.db
    .selectFrom("document_uploads")
    .selectAll()
    .where("organization_id", "=", scope.organizationId)
    .where("action_id", "=", actionId)
    .orderBy("uploaded_at")
    .orderBy("id")
    .execute();
}

/** One upload of the organization, e.g. for an agent downloading it. */
export async function getDocumentUpload(
  scope: TenantScope,
  uploadId: string,
): Promise<DocumentUploadRow | undefined> {
  return scope.db
    .selectFrom("document_uploads")
    .selectAll()
    .where("organization_id", "=", scope.organizationId)
    .where("id", "=", uploadId)
    .executeTakeFirst();
}

export async function insertMeetingBooking(
  scope: TenantScope,
  booking: { actionId: ActionId; contactId: string; startsAt: Date; durationMinutes: number; at: Date },
): Promise<void> {
  await scope.db
    .insertInto("meeting_bookings")
    .values({
      id: newId("meetingBooking"),
      organization_id: scope.organizationId,
      action_id: booking.actionId,
      contact_id: booking.contactId,
      starts_at: booking.startsAt,
      duration_minutes: booking.durationMinutes,
      booked_at: booking.at,
    })
    .execute();
}

export async function getMeetingBooking(
  scope: TenantScope,
  actionId: ActionId,
): Promise<WithContactName<MeetingBookingRow> | undefined> {
  return scope.db
    .selectFrom("meeting_bookings")
    .innerJoin("contacts", "contacts.id", "meeting_bookings.contact_id")
    .selectAll("meeting_bookings")
    .select((eb) =>
      eb
        .fn<string>("concat_ws", [eb.val(" "), "contacts.first_name", "contacts.last_name"])
        .as("contact_name"),
    )
    .where("meeting_bookings.organization_id", "=", scope.organizationId)
    .where("meeting_bookings.action_id", "=", actionId)
    .executeTakeFirst();
}
