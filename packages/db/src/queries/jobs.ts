import { newId } from "@trellis/domain";
import type { TenantScope } from "../tenant-scope.js";

export interface NewJob {
  kind: string;
  payload: unknown;
  /** At most one unfinished job per key; a duplicate request is ignored. */
  dedupeKey: string | null;
  runAt: Date;
}

export async function enqueueJob(scope: TenantScope, job: NewJob): Promise<void> {
  await scope.db
    .insertInto("jobs")
    .values({
      id: newId("job"),
      organization_id: scope.organizationId,
      kind: job.kind,
      dedupe_key: job.dedupeKey,
      payload: JSON.stringify(job.payload),
      run_at: job.runAt,
      created_at: job.runAt,
    })
    .onConflict((conflict) =>
      conflict.column("dedupe_key").where("status", "in", ["pending", "running"]).doNothing(),
    )
    .execute();
}
