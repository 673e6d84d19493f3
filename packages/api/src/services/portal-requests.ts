/**
 * What a signed-in contact reads in the portal: the overview of their account's requests and the emails sent to
 * them, one request with what they already answered, one email. Only what the customer was sent appears here:
 * never notes, unexecuted drafts, health, risk, ARR or anything of another account.
 */
import {
  getFormSubmission,
  getMeetingBooking,
  getPortalEmail,
  listContacts,
  listDocumentUploads,
  listPortalActions,
  listPortalEmails,
  type PortalActionType,
  type TenantScope,
} from "@trellis/db";
import type { ActionId, DocumentContent, FormAnswers, FormContent, MeetingContent } from "@trellis/domain";
import { sanitizeEmailHtml } from "@trellis/drafting";
import { notFound } from "../domain-failure.js";
import type { ContactCaller } from "../trpc.js";
import { deliveredContent, loadPortalAction } from "./portal-action.js";

export interface PortalRequestSummary {
  readonly actionId: string;
  readonly type: PortalActionType;
  readonly title: string;
  readonly state: "executed" | "completed";
  readonly dueAt: Date | null;
  readonly executedAt: Date | null;
  readonly completedAt: Date | null;
}

export interface PortalEmailSummary {
  readonly actionId: string;
  readonly subject: string;
  readonly sentAt: Date;
}

export interface PortalOverview {
  readonly requests: PortalRequestSummary[];
  readonly emails: PortalEmailSummary[];
}

export interface PortalUpload {
  readonly uploadId: string;
  readonly documentKey: string;
  readonly fileName: string;
  readonly sizeBytes: number;
  readonly uploadedAt: Date;
}

export interface PortalRequest {
  readonly actionId: string;
  readonly type: PortalActionType;
  readonly title: string;
  readonly state: "executed" | "completed";
  readonly dueAt: Date | null;
  readonly content: FormContent | DocumentContent | MeetingContent;
  /** Form requests: the answers sent, if any. */
  readonly submission: {
    readonly answers: FormAnswers;
    readonly submittedAt: Date;
    readonly contactName: string;
  } | null;
  /** Document requests: every file uploaded so far, oldest first. */
  readonly uploads: PortalUpload[];
  /** Meeting requests: the booked slot, if any. */
  readonly booking: { readonly startsAt: Date; readonly durationMinutes: number } | null;
}

export interface PortalEmail {
  readonly subject: string;
  readonly html: string;
  readonly sentAt: Date;
}

/** The contact's email address, which decides which emails they may read. */
async function contactEmail(scope: TenantScope, contact: ContactCaller): Promise<string> {
  const contacts = await listContacts(scope, contact.accountId);
  const email = contacts.find((row) => row.id === contact.contactId)?.email;
  if (!email) throw notFound("The contact");
  return email;
}

/**
 * The contact's requests (newest first) and the emails sent to them (newest first).
 *
 * @example
 * const overview = await ctx.tenant((scope) => portalOverview(scope, ctx.contact));
 */
export async function portalOverview(scope: TenantScope, contact: ContactCaller): Promise<PortalOverview> {
  const [actions, email] = await Promise.all([
    listPortalActions(scope, contact.accountId),
    contactEmail(scope, contact),
  ]);
  const emails = await listPortalEmails(scope, contact.accountId, email);
  return {
    requests: actions.map(({ action, deliveredContent: delivered }) => ({
      actionId: action.id,
      type: action.type,
      title: deliveredContent(action.type, delivered).title || action.name,
      state: action.state,
      dueAt: action.due_at,
      executedAt: action.executed_at,
      completedAt: action.completed_at,
    })),
    emails: emails.map(({ actionId, subject, sentAt }) => ({ actionId, subject, sentAt })),
  };
}

/** One of the contact's requests with the content as executed and what was answered; NOT_FOUND otherwise. */
export async function portalRequest(
  scope: TenantScope,
  contact: ContactCaller,
  actionId: ActionId,
): Promise<PortalRequest> {
  const { row, content } = await loadPortalAction(scope, contact, actionId);
  const [submission, uploads, booking] = await Promise.all([
    row.type === "form" ? getFormSubmission(scope, actionId) : undefined,
    row.type === "document" ? listDocumentUploads(scope, actionId) : [],
    row.type === "meeting" ? getMeetingBooking(scope, actionId) : undefined,
  ]);
  return {
    actionId: row.id,
    type: row.type,
    title: content.title || row.name,
    state: row.state,
    dueAt: row.due_at,
    content,
    submission: submission
      ? {
          answers: submission.answers,
          submittedAt: submission.submitted_at,
          contactName: submission.contact_name,
        }
      : null,
    uploads: uploads.map((upload) => ({
      uploadId: upload.id,
      documentKey: upload.document_key,
      fileName: upload.file_name,
      sizeBytes: Number(upload.size_bytes),
      uploadedAt: upload.uploaded_at,
    })),
    booking: booking ? { startsAt: booking.starts_at, durationMinutes: booking.duration_minutes } : null,
  };
}

/** One email sent to the contact, its HTML sanitized; NOT_FOUND when it was not sent to them. */
export async function portalEmail(
  scope: TenantScope,
  contact: ContactCaller,
  actionId: ActionId,
): Promise<PortalEmail> {
  const email = await getPortalEmail(scope, contact.accountId, actionId, await contactEmail(scope, contact));
  if (!email) throw notFound("The email");
  return { subject: email.subject, html: sanitizeEmailHtml(email.html), sentAt: email.sentAt };
}
