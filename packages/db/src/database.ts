import type { Kysely, Transaction } from "kysely";
import type { AccountEventsTable } from "./tables/account-events.table.js";
import type { AccountsTable } from "./tables/accounts.table.js";
import type { ActionHistoryTable } from "./tables/action-history.table.js";
import type { ActionsTable } from "./tables/actions.table.js";
import type { AgentsTable } from "./tables/agents.table.js";
import type { ApiTokensTable } from "./tables/api-tokens.table.js";
import type { ContactsTable } from "./tables/contacts.table.js";
import type { DocumentUploadsTable } from "./tables/document-uploads.table.js";
import type { DraftsTable } from "./tables/drafts.table.js";
import type { FormSubmissionsTable } from "./tables/form-submissions.table.js";
import type { HealthSnapshotsTable } from "./tables/health-snapshots.table.js";
import type { JobsTable } from "./tables/jobs.table.js";
import type { MailboxTable } from "./tables/mailbox.table.js";
import type { MeetingBookingsTable } from "./tables/meeting-bookings.table.js";
import type { MilestonesTable } from "./tables/milestones.table.js";
import type { NotesTable } from "./tables/notes.table.js";
import type { NotificationsTable } from "./tables/notifications.table.js";
import type { OrganizationsTable } from "./tables/organizations.table.js";
import type { OutboxTable } from "./tables/outbox.table.js";
import type { PlaybookTemplatesTable } from "./tables/playbook-templates.table.js";
import type { PortalLinkRequestsTable } from "./tables/portal-link-requests.table.js";
import type { PortalSessionsTable } from "./tables/portal-sessions.table.js";
import type { PortalSignInLinksTable } from "./tables/portal-sign-in-links.table.js";

export interface Database {
  organizations: OrganizationsTable;
  agents: AgentsTable;
  accounts: AccountsTable;
  contacts: ContactsTable;
  playbook_templates: PlaybookTemplatesTable;
  milestones: MilestonesTable;
  actions: ActionsTable;
  drafts: DraftsTable;
  notes: NotesTable;
  action_history: ActionHistoryTable;
  notifications: NotificationsTable;
  outbox: OutboxTable;
  jobs: JobsTable;
  mailbox: MailboxTable;
  api_tokens: ApiTokensTable;
  health_snapshots: HealthSnapshotsTable;
  portal_sign_in_links: PortalSignInLinksTable;
  portal_sessions: PortalSessionsTable;
  portal_link_requests: PortalLinkRequestsTable;
  form_submissions: FormSubmissionsTable;
  document_uploads: DocumentUploadsTable;
  meeting_bookings: MeetingBookingsTable;
  account_events: AccountEventsTable;
}

export type TrellisDb = Kysely<Database>;
/** A transaction scoped to one organization by `withTenant`: the only handle query modules accept. */
export type TenantTransaction = Transaction<Database> & { readonly __tenant: unique symbol };
