import type { HealthIndicatorResult, HealthStatus } from "@trellis/domain";
import type { Insertable, Selectable } from "kysely";
import type { CreatedAt, Json, Timestamp } from "./columns.js";

export interface HealthSnapshotsTable {
  id: string;
  organization_id: string;
  account_id: string;
  taken_at: Timestamp;
  /** Whole points, 0–100. */
  score: number;
  status: HealthStatus;
  /** Every indicator of the model at the time, in model order. */
  indicators: Json<HealthIndicatorResult[]>;
  created_at: CreatedAt;
}
export type HealthSnapshotRow = Selectable<HealthSnapshotsTable>;
export type NewHealthSnapshotRow = Insertable<HealthSnapshotsTable>;
