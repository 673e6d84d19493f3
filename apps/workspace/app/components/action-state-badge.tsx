import type { ActionState } from "@trellis/domain";
import { Badge, type BadgeTone } from "./badge";

export const ACTION_STATE_LABELS: Record<ActionState, string> = {
  pending: "Pending",
  ready: "Ready",
  review_pending: "Review pending",
  executed: "Executed",
  completed: "Completed",
  skipped: "Skipped",
};

const ACTION_STATE_TONES: Record<ActionState, BadgeTone> = {
  pending: "neutral",
  ready: "info",
  review_pending: "accent",
  executed: "warning",
  completed: "success",
  skipped: "neutral",
};

/** An action's lifecycle state as a badge. */
export function ActionStateBadge({ state }: { readonly state: ActionState }) {
  return <Badge tone={ACTION_STATE_TONES[state]}>{ACTION_STATE_LABELS[state]}</Badge>;
}
