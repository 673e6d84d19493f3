import { z } from "zod";
import { actionStateSchema } from "./action-state.js";
import { actorSchema } from "./actor.js";
import { customerResponseSchema } from "./customer-response.js";
import { deliveryChannelSchema } from "./delivery-channel.js";
import { actionIdSchema, draftIdSchema, historyEntryIdSchema, organizationIdSchema } from "./ids.js";
import { utcTimestampSchema } from "./time.js";

/** What happened, with the details the history timeline shows. */
export const historyEventSchema = z.discriminatedUnion("type", [
  z.object({ type: z.literal("created"), source: z.enum(["template", "custom"]) }),
  z.object({
    type: z.literal("draft_generated"),
    draftId: draftIdSchema,
    provider: z.string(),
    model: z.string().nullable(),
  }),
  z.object({ type: z.literal("draft_failed"), reason: z.string() }),
  z.object({ type: z.literal("regeneration_requested"), instructions: z.string() }),
  z.object({ type: z.literal("edited"), draftId: draftIdSchema, fields: z.array(z.string()) }),
  z.object({ type: z.literal("executed"), idempotencyKey: z.string() }),
  z.object({
    type: z.literal("delivery_succeeded"),
    channel: deliveryChannelSchema,
    reference: z.string().nullable().describe("e.g. the email's Message-ID"),
  }),
  z.object({
    type: z.literal("delivery_failed"),
    channel: deliveryChannelSchema,
    reason: z.string(),
    final: z.boolean().describe("no more retries"),
  }),
  z.object({ type: z.literal("customer_responded"), response: customerResponseSchema }),
  z.object({ type: z.literal("completed"), note: z.string().nullable(), automatic: z.boolean() }),
  z.object({ type: z.literal("skipped"), reason: z.string() }),
  z.object({ type: z.literal("rescheduled"), from: utcTimestampSchema.nullable(), to: utcTimestampSchema }),
]);
export type HistoryEvent = z.infer<typeof historyEventSchema>;
export type HistoryEventType = HistoryEvent["type"];

/** One line of an action's append-only audit trail. */
export const historyEntrySchema = z.object({
  id: historyEntryIdSchema,
  organizationId: organizationIdSchema,
  actionId: actionIdSchema,
  at: utcTimestampSchema,
  actor: actorSchema,
  fromState: actionStateSchema,
  toState: actionStateSchema,
  event: historyEventSchema,
});
export type HistoryEntry = z.infer<typeof historyEntrySchema>;
