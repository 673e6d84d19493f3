import type { Insertable, Selectable } from "kysely";
import type { CreatedAt, Generated, Json, Timestamp, TimestampWithDefault } from "./columns.js";

export type JobStatus = "pending" | "running" | "done" | "failed";

export interface JobsTable {
  id: string;
  organization_id: string;
  kind: string;
  /** At most one unfinished job per key, e.g. one draft generation per action. */
  dedupe_key: string | null;
  payload: Json<unknown>;
  status: Generated<JobStatus>;
  attempts: Generated<number>;
  max_attempts: Generated<number>;
  run_at: TimestampWithDefault;
  claimed_by: string | null;
  lease_until: Timestamp | null;
  last_error: string | null;
  created_at: CreatedAt;
  finished_at: Timestamp | null;
}
export type JobRow = Selectable<JobsTable>;
export type NewJobRow = Insertable<JobsTable>;
