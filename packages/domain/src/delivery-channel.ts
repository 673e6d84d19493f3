import { z } from "zod";
import type { ActionType } from "./action-type.js";

/** How an executed action reaches the customer. */
export const deliveryChannelSchema = z
  .enum(["email", "slack", "portal", "none"])
  .describe("email: sent by SMTP; slack: posted; portal: made visible to contacts; none: agent task");
export type DeliveryChannel = z.infer<typeof deliveryChannelSchema>;

export const DELIVERY_CHANNEL_BY_ACTION_TYPE = {
  email: "email",
  slack: "slack",
  form: "portal",
  document: "portal",
  meeting: "portal",
  manual: "none",
} as const satisfies Record<ActionType, DeliveryChannel>;
