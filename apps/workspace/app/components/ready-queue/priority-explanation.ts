/** Why an action ranks where it does in the Ready queue, as the text of the priority's tooltip. */
import type { RouterOutputs } from "@trellis/client";

export type ReadyQueueEntry = RouterOutputs["readyQueue"]["list"]["items"][number];

const COMPONENT_ORDER = ["arr", "risk", "due", "age"] as const;

/**
 * One line per component of the priority, e.g. "ARR $120,000.00: 15 of 30 points".
 *
 * @example
 * priorityExplanation(entry); // "Priority 47.5 of 100\nARR $120,000.00: 15 of 30 points\nHigh risk: 20 of 30 points…"
 */
export function priorityExplanation(entry: Pick<ReadyQueueEntry, "priority" | "components">): string {
  const lines = COMPONENT_ORDER.map((name) => {
    const component = entry.components[name];
    return `${component.reason}: ${formatPoints(component.points)} of ${component.max} points`;
  });
  return [`Priority ${formatPoints(entry.priority)} of 100`, ...lines].join("\n");
}

/** Points with at most one decimal, as the queue shows them. */
export function formatPoints(points: number): string {
  return String(Math.round(points * 10) / 10);
}
