/**
 * Actions: the per-account list, the action page, and every agent command of the lifecycle (edit, regenerate,
 * execute, skip, reschedule, complete), notes and custom actions. Commands run through `applyActionEvent` in one
 * tenant transaction each, so a refused command writes nothing.
 */
import { type TenantScope, toAction } from "@trellis/db";
import {
  type Action,
  type ActionId,
  accountIdSchema,
  actionContentSchema,
  actionIdSchema,
  actionSchema,
  actionStateSchema,
  actionTypeSchema,
  milestoneIdSchema,
  noteSchema,
  triggerSchema,
} from "@trellis/domain";
import { type ActionEvent, MAX_INSTRUCTIONS_LENGTH } from "@trellis/lifecycle";
import { z } from "zod";
import type { AppDeps } from "../deps.js";
import { listActionsByMilestone } from "../services/account-actions.js";
import { getActionDetails } from "../services/action-details.js";
import { addNote } from "../services/add-note.js";
import { agentActor } from "../services/agent-actor.js";
import { applyActionEvent } from "../services/apply-action-event.js";
import { createCustomAction } from "../services/create-custom-action.js";
import { editDraft } from "../services/edit-draft.js";
import { executeAction } from "../services/execute-action.js";
import { rescheduleAction } from "../services/reschedule-action.js";
import { type AgentCaller, agentProcedure, router } from "../trpc.js";
import {
  executeConfirmationSchema,
  executeIdempotencyKeySchema,
  rescheduleToSchema,
  skipReasonSchema,
} from "./action-inputs.js";

const byAction = z.object({ actionId: actionIdSchema });

interface AgentCommandContext {
  readonly deps: AppDeps;
  readonly agent: AgentCaller;
  readonly tenant: <T>(work: (scope: TenantScope) => Promise<T>) => Promise<T>;
}

/** Applies one lifecycle event as the calling agent in its tenant transaction; returns the action after it. */
function applyAsAgent(ctx: AgentCommandContext, actionId: ActionId, event: ActionEvent): Promise<Action> {
  return ctx.tenant(async (scope) => {
    const applied = await applyActionEvent(ctx.deps, scope, actionId, event, agentActor(ctx.agent));
    return toAction(applied.action);
  });
}

export const actionsRouter = router({
  /** An account's actions grouped by milestone (milestone order, then playbook order), optionally by state. */
  listByAccount: agentProcedure
    .input(
      z.object({
        accountId: accountIdSchema,
        states: z.array(actionStateSchema).min(1).max(6).optional(),
      }),
    )
    .query(({ ctx, input }) =>
      ctx.tenant(async (scope) => ({
        milestones: await listActionsByMilestone(scope, input.accountId, input.states ?? null),
      })),
    ),

  /** The action page: action, current draft and its problems, notes, history, and the events allowed now. */
  get: agentProcedure
    .input(byAction)
    .query(({ ctx, input }) => ctx.tenant((scope) => getActionDetails(scope, input.actionId))),

  /** Replaces the draft's content (a new draft); `expectedVersion` is the action version the agent edited. */
  edit: agentProcedure
    .input(
      z.object({
        actionId: actionIdSchema,
        expectedVersion: z.number().int().min(1),
        content: actionContentSchema,
      }),
    )
    .mutation(({ ctx, input }) =>
      ctx.tenant((scope) => editDraft(ctx.deps, scope, input, agentActor(ctx.agent))),
    ),

  /** Asks for a new draft following the agent's instructions; the action awaits review meanwhile. */
  regenerate: agentProcedure
    .input(
      z.object({
        actionId: actionIdSchema,
        instructions: z
          .string()
          .trim()
          .min(1, "say what the new draft should change")
          .max(MAX_INSTRUCTIONS_LENGTH),
      }),
    )
    .mutation(({ ctx, input }) =>
      applyAsAgent(ctx, input.actionId, { type: "regenerate", instructions: input.instructions }),
    ),

  /**
   * Executes the action, irreversibly and once: needs `confirm: true` and an idempotency key; repeating a key
   * returns the same execution.
   */
  execute: agentProcedure
    .input(
      z.object({
        actionId: actionIdSchema,
        confirm: executeConfirmationSchema,
        idempotencyKey: executeIdempotencyKeySchema,
      }),
    )
    .mutation(({ ctx, input }) =>
      ctx.tenant((scope) =>
        executeAction(
          ctx.deps,
          scope,
          { actionId: input.actionId, confirmed: input.confirm, idempotencyKey: input.idempotencyKey },
          agentActor(ctx.agent),
        ),
      ),
    ),

  skip: agentProcedure
    .input(z.object({ actionId: actionIdSchema, reason: skipReasonSchema }))
    .mutation(({ ctx, input }) => applyAsAgent(ctx, input.actionId, { type: "skip", reason: input.reason })),

  /** Moves the due time; `to` is an ISO date-time in the future. */
  reschedule: agentProcedure
    .input(z.object({ actionId: actionIdSchema, to: rescheduleToSchema }))
    .mutation(({ ctx, input }) =>
      ctx.tenant(async (scope) => {
        const applied = await rescheduleAction(
          ctx.deps,
          scope,
          input.actionId,
          input.to,
          agentActor(ctx.agent),
        );
        return toAction(applied.action);
      }),
    ),

  /** Marks an executed action complete, with an optional note. */
  complete: agentProcedure
    .input(z.object({ actionId: actionIdSchema, note: z.string().trim().max(2_000).nullish() }))
    .mutation(({ ctx, input }) =>
      applyAsAgent(ctx, input.actionId, { type: "mark_complete", note: input.note ? input.note : null }),
    ),

  /** Adds an internal note (never shown to the customer). Notes are not lifecycle events: no history entry. */
  addNote: agentProcedure
    .input(z.object({ actionId: actionIdSchema, body: noteSchema.shape.body }))
    .mutation(({ ctx, input }) =>
      ctx.tenant((scope) => addNote(ctx.deps, scope, ctx.agent, input.actionId, input.body)),
    ),

  /** Adds an action to one of an account's milestones; it then behaves like a template action. */
  createCustom: agentProcedure
    .input(
      z.object({
        accountId: accountIdSchema,
        milestoneId: milestoneIdSchema,
        type: actionTypeSchema,
        name: actionSchema.shape.name,
        purpose: actionSchema.shape.purpose.default(""),
        trigger: triggerSchema,
        blocker: z.boolean().default(false),
        dueAfterHours: z
          .number()
          .int()
          .min(0)
          .max(24 * 365)
          .nullish(),
        content: actionContentSchema.nullish(),
      }),
    )
    .mutation(({ ctx, input }) =>
      ctx.tenant((scope) =>
        createCustomAction(
          ctx.deps,
          scope,
          { ...input, dueAfterHours: input.dueAfterHours ?? null, content: input.content ?? null },
          agentActor(ctx.agent),
        ),
      ),
    ),
});
