/**
 * What a transition asks the service to do, as data. The service writes the new state and every effect in one
 * transaction (history rows, outbox messages, notifications), so a crash can never leave half of them.
 */
import {
  actionStateSchema,
  actorSchema,
  deliveryChannelSchema,
  draftIdSchema,
  historyEventSchema,
  notificationKindSchema,
  utcTimestampSchema,
} from "@trellis/domain";
import { z } from "zod";

/** One history entry to append; the service adds its id, organization and action. */
export const historyEffectSchema = z.object({
  type: z.literal("history"),
  event: historyEventSchema,
  fromState: actionStateSchema,
  toState: actionStateSchema,
  actor: actorSchema,
  at: utcTimestampSchema,
});

/** One outbox message; the idempotency key makes the outbox deliver it exactly once. */
export const deliverEffectSchema = z.object({
  type: z.literal("deliver"),
  channel: deliveryChannelSchema,
  idempotencyKey: z.string().min(1),
});

/** An in-app notification to the agent who owns the account; the service resolves who that is. */
export const notifyEffectSchema = z.object({
  type: z.literal("notify"),
  kind: notificationKindSchema,
  recipient: z.literal("owner_agent"),
  title: z.string().min(1).max(200).describe("default notification title, without account or action names"),
});

/** Ask the drafting worker for a new draft; `instructions` are the agent's regenerate instructions. */
export const requestDraftEffectSchema = z.object({
  type: z.literal("request_draft"),
  instructions: z.string().nullable(),
});

export const setDueEffectSchema = z.object({
  type: z.literal("set_due"),
  from: utcTimestampSchema.nullable(),
  to: utcTimestampSchema,
});

/** Point the action at a new current draft (generated, or edited by hand). */
export const setCurrentDraftEffectSchema = z.object({
  type: z.literal("set_current_draft"),
  draftId: draftIdSchema,
});

/** Keep the failure visible on the action (the domain's `draftFailure`) until a draft arrives. */
export const recordDraftFailureEffectSchema = z.object({
  type: z.literal("record_draft_failure"),
  reason: z.string().min(1),
  at: utcTimestampSchema,
});

export const clearDraftFailureEffectSchema = z.object({ type: z.literal("clear_draft_failure") });

export const actionEffectSchema = z.discriminatedUnion("type", [
  historyEffectSchema,
  deliverEffectSchema,
  notifyEffectSchema,
  requestDraftEffectSchema,
  setDueEffectSchema,
  setCurrentDraftEffectSchema,
  recordDraftFailureEffectSchema,
  clearDraftFailureEffectSchema,
]);
export type ActionEffect = z.infer<typeof actionEffectSchema>;
export type ActionEffectType = ActionEffect["type"];
/** One effect by its type: `ActionEffectOf<"deliver">`. */
export type ActionEffectOf<T extends ActionEffectType> = Extract<ActionEffect, { type: T }>;
export type HistoryEffect = ActionEffectOf<"history">;
export type DeliverEffect = ActionEffectOf<"deliver">;
export type NotifyEffect = ActionEffectOf<"notify">;
