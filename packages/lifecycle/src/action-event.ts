/**
 * The events that move an action through its lifecycle (SPEC §B), one schema each, told apart by `type`.
 * A payload carries only what the sender knows; what the service knows about the current draft comes in the
 * transition context, so a click in the workspace cannot claim the draft is clean.
 */
import { customerResponseSchema, draftIdSchema, utcTimestampSchema } from "@trellis/domain";
import { z } from "zod";

export const MAX_INSTRUCTIONS_LENGTH = 2_000;

export const draftGeneratedEventSchema = z
  .object({
    type: z.literal("draft_generated"),
    draftId: draftIdSchema.describe("the draft the provider produced, already stored"),
    provider: z.string().trim().min(1).max(100).describe("drafting provider, e.g. offline or openai"),
    model: z.string().trim().min(1).max(200).nullable().describe("model used by the provider, if any"),
  })
  .describe("the worker stored a newly generated draft");

export const draftFailedEventSchema = z
  .object({
    type: z.literal("draft_failed"),
    reason: z
      .string()
      .trim()
      .min(1)
      .max(2_000)
      .describe("why no draft could be generated, shown to the agent"),
  })
  .describe("the worker could not generate a draft");

export const regenerateEventSchema = z
  .object({
    type: z.literal("regenerate"),
    instructions: z
      .string()
      .trim()
      .min(1, "say what the new draft should change")
      .max(MAX_INSTRUCTIONS_LENGTH)
      .describe("the agent's free-text instructions for the new draft"),
  })
  .describe("the agent asks for a new draft");

export const editEventSchema = z
  .object({
    type: z.literal("edit"),
    draftId: draftIdSchema.describe("the new draft holding the edited content (drafts are immutable)"),
    fields: z
      .array(z.string().trim().min(1).max(200))
      .min(1, "an edit changes at least one field")
      .max(100)
      .describe("which content fields changed, e.g. subject, bodyHtml"),
  })
  .describe("the agent edited the draft or wrote it by hand");

export const executeEventSchema = z
  .object({
    type: z.literal("execute"),
    confirmed: z.boolean().describe("the agent confirmed the irreversible execution"),
    idempotencyKey: z
      .string()
      .trim()
      .min(1)
      .max(200)
      .describe("key of the one delivery this execution may cause"),
  })
  .describe("the agent executes the action: it is delivered to the customer, once");

export const deliverSucceededEventSchema = z
  .object({
    type: z.literal("deliver_succeeded"),
    reference: z.string().max(1_000).nullable().describe("e.g. the email's Message-ID"),
  })
  .describe("the outbox delivered the executed action");

export const deliverFailedEventSchema = z
  .object({
    type: z.literal("deliver_failed"),
    reason: z.string().trim().min(1).max(2_000).describe("what went wrong, for the agent"),
    final: z.boolean().describe("no more retries will be made"),
  })
  .describe("the outbox could not deliver the executed action");

export const customerRespondedEventSchema = z
  .object({
    type: z.literal("customer_responded"),
    response: customerResponseSchema,
  })
  .describe("a contact answered the executed action");

export const markCompleteEventSchema = z
  .object({
    type: z.literal("mark_complete"),
    note: z.string().trim().max(2_000).nullable().describe("optional completion note"),
  })
  .describe("the agent closes an executed action");

export const skipEventSchema = z
  .object({
    type: z.literal("skip"),
    reason: z.string().trim().min(1, "a skip needs a reason").max(2_000).describe("why it is skipped"),
  })
  .describe("the agent skips the action");

export const rescheduleEventSchema = z
  .object({
    type: z.literal("reschedule"),
    to: utcTimestampSchema.describe("the new due time"),
  })
  .describe("the agent moves the action's due time");

/**
 * Any lifecycle event.
 *
 * @example
 * const event = actionEventSchema.parse({ type: "skip", reason: "Customer already has SSO" });
 */
export const actionEventSchema = z.discriminatedUnion("type", [
  draftGeneratedEventSchema,
  draftFailedEventSchema,
  regenerateEventSchema,
  editEventSchema,
  executeEventSchema,
  deliverSucceededEventSchema,
  deliverFailedEventSchema,
  customerRespondedEventSchema,
  markCompleteEventSchema,
  skipEventSchema,
  rescheduleEventSchema,
]);
export type ActionEvent = z.infer<typeof actionEventSchema>;
export type ActionEventType = ActionEvent["type"];
/** One event by its type: `ActionEventOf<"execute">`. */
export type ActionEventOf<T extends ActionEventType> = Extract<ActionEvent, { type: T }>;

/** Every event type, in lifecycle order (the order buttons and tables list them). */
export const ACTION_EVENT_TYPES: readonly ActionEventType[] = actionEventSchema.options.map(
  (option) => option.shape.type.value,
);
