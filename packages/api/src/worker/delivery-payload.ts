/**
 * The outbox payload read back from the database (jsonb, so unknown until parsed). The schema mirrors the
 * `DeliveryPayload` that execution writes; a row that does not match fails for good instead of looping.
 */
import { actionContentSchema } from "@trellis/domain";
import { z } from "zod";
import type { DeliveryPayload } from "../services/apply-action-event.js";

const portalRecipientSchema = z.object({ contactId: z.string(), email: z.string(), firstName: z.string() });

export const deliveryPayloadSchema = z.discriminatedUnion("kind", [
  z.object({
    kind: z.literal("email"),
    from: z.string().min(1),
    to: z.array(z.string()),
    cc: z.array(z.string()),
    bcc: z.array(z.string()),
    subject: z.string(),
    html: z.string(),
    text: z.string().optional(),
  }),
  z.object({ kind: z.literal("slack"), channel: z.string(), message: z.string() }),
  z.object({
    kind: z.literal("portal"),
    content: actionContentSchema,
    from: z.string().min(1),
    recipient: portalRecipientSchema.nullable(),
  }),
  z.object({
    kind: z.literal("portal_sign_in"),
    from: z.string().min(1),
    recipient: portalRecipientSchema,
    organizationName: z.string(),
    returnTo: z.string().nullable(),
  }),
  z.object({ kind: z.literal("none") }),
]) satisfies z.ZodType<DeliveryPayload>;
