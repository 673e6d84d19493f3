import type { NotificationKind } from "@trellis/domain";
import type { BadgeTone } from "../badge";

/** What each kind of notification is called, and its badge's tone. */
export const NOTIFICATION_KINDS: Record<NotificationKind, { label: string; tone: BadgeTone }> = {
  action_completed: { label: "Completed", tone: "success" },
  customer_responded: { label: "Customer responded", tone: "info" },
  draft_failed: { label: "Draft failed", tone: "danger" },
  delivery_failed: { label: "Delivery failed", tone: "danger" },
};
