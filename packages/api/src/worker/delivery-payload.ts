/**
 * The outbox payload read back from the database (jsonb, so unknown until parsed). The schema mirrors the
 * `DeliveryPayload` that execution writes; a row that does not match fails for good instead of looping.
 */
import { actionContentSchema } from "@trellis/domain";
import { z } from "zod";
import type { DeliveryPayload } from "../services/apply-action-event.js";

export const deliveryPayloadSchema = z.discriminatedUnion("kind", [
  z.object({
    kind: z.literal("email"),
    from: z.string().min(1),
    to: z.array(z.string()),
    cc: z.array(z.string()),
    bcc: z.array(z.string()),
    subject: z.string(),
    html: z.string(),
  }),
  z.object({ kind: z.literal("slack"), channel: z.string(), message: z.string() }),
  z.object({ kind: z.literal("portal"), content: actionContentSchema }),
  z.object({ kind: z.literal("none") }),
]) satisfies z.ZodType<DeliveryPayload>;
