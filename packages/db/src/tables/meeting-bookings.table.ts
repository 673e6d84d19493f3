import type { Insertable, Selectable } from "kysely";
import type { Timestamp } from "./columns.js";

/** The slot a contact booked for a meeting action; one per action. */
export interface MeetingBookingsTable {
  id: string;
  organization_id: string;
  action_id: string;
  contact_id: string;
  starts_at: Timestamp;
  duration_minutes: number;
  booked_at: Timestamp;
}
export type MeetingBookingRow = Selectable<MeetingBookingsTable>;
export type NewMeetingBookingRow = Insertable<MeetingBookingsTable>;
