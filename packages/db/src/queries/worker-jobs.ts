/**
 * The worker's side of the job queue: claiming jobs across organizations (security-definer function, `FOR
 * UPDATE SKIP LOCKED`, lease) and finishing, retrying or failing each one inside its own organization.
 */
import { sql } from "kysely";
import type { TrellisDb } from "../database.js";
import type { JobRow } from "../tables/jobs.table.js";
import type { TenantScope } from "../tenant-scope.js";
import type { WorkClaim } from "./work-claim.js";

/** Claims up to `batchSize` due jobs, or jobs whose worker's lease ran out; each claim counts as an attempt. */
export async function claimJobs(db: TrellisDb, claim: WorkClaim): Promise<JobRow[]> {
  const result = await sql<JobRow>`
    select * from trellis_claim_jobs(${claim.workerId}, ${claim.batchSize}, ${claim.leaseSeconds}, ${claim.now})
  `.execute(db);
  return result.rows;
}

export interface JobSettlement {
  jobId: string;
  workerId: string;
  at: Date;
}

/** Marks a job done; false when this worker no longer holds it (its lease ran out and another took it). */
export async function finishJob(scope: TenantScope, settlement: JobSettlement): Promise<boolean> {
  const updated = await scope.db
    .updateTable("jobs")
    .set({ status: "done", finished_at: settlement.at, lease_until: null, last_error: null })
    .where("organization_id", "=", scope.organizationId)
    .where("id", "=", settlement.jobId)
    .where("status", "=", "running")
    .where("claimed_by", "=", settlement.workerId)
    .returning("id")
    .executeTakeFirst();
  return updated !== undefined;
}

/** Records a failed run: pending again at `retryAt`, or failed for good when `retryAt` is null. */
export async function recordJobFailure(
  scope: TenantScope,
  failure: JobSettlement & { reason: string; retryAt: Date | null },
): Promise<boolean> {
  const updated = await scope.db
    .updateTable("jobs")
    .set({
      status: failure.retryAt ? "pending" : "failed",
      run_at: failure.retryAt ?? undefined,
      finished_at: failure.retryAt ? null : failure.at,
      claimed_by: null,
      lease_until: null,
      last_error: failure.reason,
    })
    .where("organization_id", "=", scope.organizationId)
    .where("id", "=", failure.jobId)
    .where("status", "=", "running")
    .where("claimed_by", "=", failure.workerId)
    .returning("id")
    .executeTakeFirst();
  return updated !== undefined;
}
