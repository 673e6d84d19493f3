/**
 * Batch commands on a selection of up to 100 actions: every item runs in its own tenant transaction and gets its
 * own result, so one refused item does not undo or block the others.
 */
import { actionIdSchema } from "@trellis/domain";
import { z } from "zod";
import { DomainFailure } from "../domain-failure.js";
import { agentActor } from "../services/agent-actor.js";
import { applyActionEvent } from "../services/apply-action-event.js";
import { batchItemKey, MAX_BATCH_SIZE, runBatch } from "../services/batch-actions.js";
import { executeAction } from "../services/execute-action.js";
import { rescheduleAction } from "../services/reschedule-action.js";
import { agentProcedure, router } from "../trpc.js";
import { executeConfirmationSchema, rescheduleToSchema, skipReasonSchema } from "./action-inputs.js";

const actionIdsSchema = z
  .array(actionIdSchema)
  .min(1, "select at least one action")
  .max(MAX_BATCH_SIZE, `select at most ${MAX_BATCH_SIZE} actions`)
  .refine((ids) => new Set(ids).size === ids.length, "each action may be selected once");

export const batchRouter = router({
  /**
   * Executes each action once. The batch's idempotency key derives one key per action, so retrying the same batch
   * replays the executed items instead of refusing them.
   */
  execute: agentProcedure
    .input(
      z.object({
        actionIds: actionIdsSchema,
        confirm: executeConfirmationSchema,
        // Shorter than a single key: the per-item key appends the action id.
        idempotencyKey: z.string().trim().min(8, "an idempotency key has at least 8 characters").max(160),
      }),
    )
    .mutation(async ({ ctx, input }) => {
      if (!input.confirm) {
        throw new DomainFailure({
          code: "CONFIRMATION_REQUIRED",
          message: "Executing actions cannot be undone: confirm the execution first",
        });
      }
      const actor = agentActor(ctx.agent);
      return runBatch(ctx.tenant, input.actionIds, async (scope, actionId) => {
        const executed = await executeAction(
          ctx.deps,
          scope,
          { actionId, confirmed: true, idempotencyKey: batchItemKey(input.idempotencyKey, actionId) },
          actor,
        );
        return executed.action.state;
      });
    }),

  skip: agentProcedure
    .input(z.object({ actionIds: actionIdsSchema, reason: skipReasonSchema }))
    .mutation(({ ctx, input }) => {
      const actor = agentActor(ctx.agent);
      return runBatch(ctx.tenant, input.actionIds, async (scope, actionId) => {
        const applied = await applyActionEvent(
          ctx.deps,
          scope,
          actionId,
          { type: "skip", reason: input.reason },
          actor,
        );
        return applied.action.state;
      });
    }),

  reschedule: agentProcedure
    .input(z.object({ actionIds: actionIdsSchema, to: rescheduleToSchema }))
    .mutation(({ ctx, input }) => {
      const actor = agentActor(ctx.agent);
      return runBatch(ctx.tenant, input.actionIds, async (scope, actionId) => {
        const applied = await rescheduleAction(ctx.deps, scope, actionId, input.to, actor);
        return applied.action.state;
      });
    }),
});
