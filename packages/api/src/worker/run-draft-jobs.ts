/**
 * Loop 2, drafting: claims `generate_draft` jobs, asks the drafting provider for content outside any transaction,
 * then stores the draft and applies `draft_generated` (or applies `draft_failed` with the provider's reason, after
 * its own retries) together with finishing the job, in one transaction.
 */
import {
  claimJobs,
  finishJob,
  getAction,
  getActionForUpdate,
  insertDraft,
  type JobRow,
  recordJobFailure,
  type TenantScope,
  withTenant,
} from "@trellis/db";
import type { ActionId, ActionState, Actor, DraftId, OrganizationId } from "@trellis/domain";
import type { DraftResult } from "@trellis/drafting";
import { applyActionEvent, GENERATE_DRAFT_JOB } from "../services/apply-action-event.js";
import { type DraftJobPayload, draftJobPayloadSchema } from "./draft-job-payload.js";
import { draftRequestForAction } from "./draft-request-for-action.js";
import { retryDelayMs } from "./retry-backoff.js";
import type { WorkerDeps } from "./worker-deps.js";
import type { WorkerOptions } from "./worker-options.js";

const WORKER: Actor = { kind: "system", component: "worker" };
/** States in which a new draft (or its failure) still matters. */
const DRAFTABLE: ReadonlySet<ActionState> = new Set(["pending", "ready", "review_pending"]);
const MAX_REASON_LENGTH = 2_000;

type JobOptions = Pick<WorkerOptions, "id" | "batchSize" | "jobLeaseSeconds" | "jobBackoff">;

/** Claims and runs up to one batch of jobs; returns how many it claimed. */
export async function runDraftJobs(deps: WorkerDeps, options: JobOptions): Promise<number> {
  const jobs = await claimJobs(deps.db, {
    workerId: options.id,
    batchSize: options.batchSize,
    leaseSeconds: options.jobLeaseSeconds,
    now: deps.clock.now(),
  });
  await Promise.all(jobs.map((job) => runJob(deps, options, job)));
  return jobs.length;
}

async function runJob(deps: WorkerDeps, options: JobOptions, job: JobRow): Promise<void> {
  try {
    await deps.checkpoint?.("job_claimed", job.id);
    if (job.kind !== GENERATE_DRAFT_JOB) {
      await settleFailedJob(deps, options, job, `Unknown job kind "${job.kind}"`, { final: true });
      return;
    }
    const payload = draftJobPayloadSchema.safeParse(job.payload);
    if (!payload.success) {
      await settleFailedJob(deps, options, job, "The draft job's payload is invalid", { final: true });
      return;
    }
    await generateDraft(deps, options, job, payload.data);
  } catch (error) {
    deps.onError?.(error, `job ${job.id}`);
    const reason = error instanceof Error ? error.message : String(error);
    await settleFailedJob(deps, options, job, reason, { final: job.attempts >= job.max_attempts }).catch(
      // The lease runs out and another worker retries the job.
      (settleError: unknown) => deps.onError?.(settleError, `settling job ${job.id}`),
    );
  }
}

async function generateDraft(
  deps: WorkerDeps,
  options: JobOptions,
  job: JobRow,
  payload: DraftJobPayload,
): Promise<void> {
  const organizationId = job.organization_id as OrganizationId;
  const actionId = payload.actionId as ActionId;
  const plan = await withTenant(deps.db, organizationId, async (scope) => {
    const action = await getAction(scope, actionId);
    if (!action || !DRAFTABLE.has(action.state)) return null;
    return draftRequestForAction(scope, action, payload.instructions, deps.clock.now());
  });

  let result: DraftResult | null = null;
  if (plan?.kind === "request") {
    // Leave a margin inside the lease so a slow provider fails this attempt before another worker takes the job.
    const signal = AbortSignal.timeout(Math.max(1_000, options.jobLeaseSeconds * 800));
    result = await deps.drafting.draft(plan.request, { signal });
  }

  await withTenant(deps.db, organizationId, async (scope) => {
    const now = deps.clock.now();
    if (!(await finishJob(scope, { jobId: job.id, workerId: options.id, at: now }))) return;
    const action = await getActionForUpdate(scope, actionId);
    if (!action || !DRAFTABLE.has(action.state) || !plan) return;
    if (plan.kind === "impossible") {
      await applyDraftFailed(deps, scope, actionId, plan.reason);
    } else if (result?.ok) {
      const draft = await insertDraft(scope, {
        actionId,
        content: result.content,
        origin: payload.instructions ? "regenerated" : "generated",
        provider: result.provider,
        model: result.model,
        instructions: payload.instructions,
        createdBy: WORKER,
        at: now,
      });
      await applyActionEvent(
        deps,
        scope,
        actionId,
        {
          type: "draft_generated",
          draftId: draft.id as DraftId,
          provider: result.provider,
          model: result.model,
        },
        WORKER,
      );
    } else if (result) {
      await applyDraftFailed(deps, scope, actionId, result.error.message || result.error.code);
    }
  });
  await deps.checkpoint?.("draft_stored", actionId);
}

async function applyDraftFailed(
  deps: WorkerDeps,
  scope: TenantScope,
  actionId: ActionId,
  reason: string,
): Promise<void> {
  await applyActionEvent(
    deps,
    scope,
    actionId,
    { type: "draft_failed", reason: reason.trim().slice(0, MAX_REASON_LENGTH) || "Drafting failed" },
    WORKER,
  );
}

/**
 * A run that failed outside the provider's answer (bad payload, a bug, the database): retry later with backoff,
 * or, after the last attempt, fail the job and show the failure on the action so nothing is silently dropped.
 */
async function settleFailedJob(
  deps: WorkerDeps,
  options: JobOptions,
  job: JobRow,
  reason: string,
  { final }: { final: boolean },
): Promise<void> {
  const now = deps.clock.now();
  const retryAt = final
    ? null
    : new Date(now.getTime() + retryDelayMs(job.attempts, options.jobBackoff, deps.random ?? Math.random));
  await withTenant(deps.db, job.organization_id as OrganizationId, async (scope) => {
    const settled = await recordJobFailure(scope, {
      jobId: job.id,
      workerId: options.id,
      at: now,
      reason,
      retryAt,
    });
    if (!settled || retryAt) return;
    const payload = draftJobPayloadSchema.safeParse(job.payload);
    if (!payload.success) return;
    const action = await getActionForUpdate(scope, payload.data.actionId as ActionId);
    if (action && DRAFTABLE.has(action.state)) {
      await applyDraftFailed(
        deps,
        scope,
        action.id as ActionId,
        `The draft could not be generated: ${reason}`,
      );
    }
  });
}
