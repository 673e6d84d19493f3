import type { NotificationKind } from "@trellis/domain";
import type { Insertable, Selectable } from "kysely";
import type { CreatedAt, Generated, Timestamp } from "./columns.js";

export interface NotificationsTable {
  id: string;
  organization_id: string;
  recipient_agent_id: string;
  kind: NotificationKind;
  account_id: string;
  action_id: string | null;
  title: string;
  body: Generated<string>;
  created_at: CreatedAt;
  read_at: Timestamp | null;
}
export type NotificationRow = Selectable<NotificationsTable>;
export type NewNotificationRow = Insertable<NotificationsTable>;
