/**
 * Batch operations on a selection of actions. Each item runs in its own tenant transaction and is reported on its
 * own, so one refused item (already executed, incomplete draft, another organization's id) neither stops nor
 * rolls back the others.
 */
import type { TenantScope } from "@trellis/db";
import type { ActionId, ActionState, DomainErrorCode } from "@trellis/domain";
import { ZodError } from "zod";
import { DomainFailure } from "../domain-failure.js";

export const MAX_BATCH_SIZE = 100;

export type BatchItemResult =
  | { readonly actionId: string; readonly ok: true; readonly state: ActionState }
  | {
      readonly actionId: string;
      readonly ok: false;
      /** The domain error code, or `INTERNAL` for an unexpected failure. */
      readonly code: DomainErrorCode | "INTERNAL";
      readonly message: string;
    };

/** Runs `work` in one tenant transaction. */
export type TenantRunner = <T>(work: (scope: TenantScope) => Promise<T>) => Promise<T>;

/**
 * Applies `work` to each action, one transaction per item, in the given order, and reports every item.
 *
 * @example
 * const results = await runBatch(ctx.tenant, actionIds, (scope, actionId) =>
 *   applyActionEvent(deps, scope, actionId, { type: "skip", reason }, actor).then((applied) => applied.action.state),
 * );
 */
export async function runBatch(
  tenant: TenantRunner,
  actionIds: readonly ActionId[],
  work: (scope: TenantScope, actionId: ActionId) => Promise<ActionState>,
): Promise<BatchItemResult[]> {
  const results: BatchItemResult[] = [];
  for (const actionId of actionIds) {
    try {
      const state = await tenant((scope) => work(scope, actionId));
      results.push({ actionId, ok: true, state });
    } catch (error) {
      results.push({ actionId, ok: false, ...describeFailure(error) });
    }
  }
  return results;
}

function describeFailure(error: unknown): { code: DomainErrorCode | "INTERNAL"; message: string } {
  if (error instanceof DomainFailure) return { code: error.code, message: error.message };
  if (error instanceof ZodError) {
    return { code: "VALIDATION_FAILED", message: error.issues.map((issue) => issue.message).join("; ") };
  }
  return {
    code: "INTERNAL",
    message: `Unexpected error: ${error instanceof Error ? error.message : String(error)}`,
  };
}

/**
 * The idempotency key of one item of a batch execute: derived from the batch's key, so retrying the whole batch
 * with the same key replays the items already executed instead of refusing them.
 */
export function batchItemKey(batchKey: string, actionId: ActionId): string {
  return `${batchKey}:${actionId}`;
}
