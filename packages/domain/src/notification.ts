import { z } from "zod";
import {
  accountIdSchema,
  actionIdSchema,
  agentIdSchema,
  notificationIdSchema,
  organizationIdSchema,
} from "./ids.js";
import { utcTimestampSchema } from "./time.js";

export const notificationKindSchema = z.enum([
  "action_completed",
  "customer_responded",
  "draft_failed",
  "delivery_failed",
]);
export type NotificationKind = z.infer<typeof notificationKindSchema>;

/** An in-app message to an agent, e.g. "Acme submitted the onboarding form". */
export const notificationSchema = z.object({
  id: notificationIdSchema,
  organizationId: organizationIdSchema,
  recipientAgentId: agentIdSchema,
  kind: notificationKindSchema,
  accountId: accountIdSchema,
  actionId: actionIdSchema.nullable(),
  title: z.string().min(1).max(200),
  body: z.string().max(2_000),
  createdAt: utcTimestampSchema,
  readAt: utcTimestampSchema.nullable(),
});
export type Notification = z.infer<typeof notificationSchema>;
