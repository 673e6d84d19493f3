import type { ActionState, Actor, HistoryEvent } from "@trellis/domain";
import type { Insertable, Selectable } from "kysely";
import type { Json, Timestamp } from "./columns.js";

/** Append-only: the application role never updates or deletes these rows. */
export interface ActionHistoryTable {
  id: string;
  organization_id: string;
  action_id: string;
  at: Timestamp;
  actor: Json<Actor>;
  from_state: ActionState;
  to_state: ActionState;
  event: Json<HistoryEvent>;
}
export type ActionHistoryRow = Selectable<ActionHistoryTable>;
export type NewActionHistoryRow = Insertable<ActionHistoryTable>;
