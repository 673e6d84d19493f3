import type { ActionState, ActionType, Trigger } from "@trellis/domain";
import type { Insertable, Selectable, Updateable } from "kysely";
import type { CreatedAt, Generated, Json, Timestamp } from "./columns.js";

export interface ActionsTable {
  id: string;
  organization_id: string;
  account_id: string;
  milestone_id: string;
  template_id: string | null;
  key: string;
  name: string;
  type: ActionType;
  purpose: Generated<string>;
  state: ActionState;
  trigger: Json<Trigger>;
  /** When a time trigger fires; null for event and manual triggers until they fire. */
  fires_at: Timestamp | null;
  blocker: Generated<boolean>;
  custom: Generated<boolean>;
  due_at: Timestamp | null;
  triggered_at: Timestamp | null;
  ready_at: Timestamp | null;
  current_draft_id: string | null;
  draft_failure_reason: string | null;
  draft_failure_at: Timestamp | null;
  executed_at: Timestamp | null;
  execute_idempotency_key: string | null;
  completed_at: Timestamp | null;
  skip_reason: string | null;
  version: Generated<number>;
  created_at: CreatedAt;
  updated_at: Timestamp;
}
export type ActionRow = Selectable<ActionsTable>;
export type NewActionRow = Insertable<ActionsTable>;
export type ActionUpdate = Updateable<ActionsTable>;
