import type { Insertable, Selectable } from "kysely";
import type { Json, Timestamp } from "./columns.js";

/** A contact's answers to a form action, validated against its fields; one per action. */
export interface FormSubmissionsTable {
  id: string;
  organization_id: string;
  action_id: string;
  contact_id: string;
  answers: Json<Record<string, string | number | boolean | null>>;
  submitted_at: Timestamp;
}
export type FormSubmissionRow = Selectable<FormSubmissionsTable>;
export type NewFormSubmissionRow = Insertable<FormSubmissionsTable>;
