/**
 * How far the demo walks each action: a pure rule of the time since its trigger fired and its place in the demo,
 * so the demo always holds actions in every state, and older actions are further along.
 */
import type { ActionState } from "@trellis/domain";

const DAY_HOURS = 24;

export interface DemoActionPlace {
  readonly accountIndex: number;
  readonly actionIndex: number;
  /** Hours since the trigger fired; null while it has not fired (future time, event not yet, manual). */
  readonly firedHoursAgo: number | null;
}

/**
 * The state the demo leaves an action in. Not yet fired → pending; one in seven fired ones is skipped; then
 * completed after three days, executed after one, otherwise awaiting review (ready, or review_pending after a
 * regeneration request).
 *
 * @example
 * demoTargetState({ accountIndex: 0, actionIndex: 0, firedHoursAgo: 100 }); // "completed"
 */
export function demoTargetState(place: DemoActionPlace): ActionState {
  if (place.firedHoursAgo === null || place.firedHoursAgo < 0) return "pending";
  const variant = (place.accountIndex * 3 + place.actionIndex) % 7;
  if (variant === 6) return "skipped";
  if (place.firedHoursAgo >= 3 * DAY_HOURS) return "completed";
  if (place.firedHoursAgo >= DAY_HOURS) return "executed";
  return variant % 3 === 1 ? "review_pending" : "ready";
}

/** The lifecycle steps from pending to a target state, as the demo takes them. */
export type DemoStep = "draft" | "regenerate" | "execute" | "complete" | "skip";

const STEPS: Record<ActionState, readonly DemoStep[]> = {
  pending: [],
  ready: ["draft"],
  review_pending: ["draft", "regenerate"],
  executed: ["draft", "execute"],
  completed: ["draft", "execute", "complete"],
  skipped: ["draft", "skip"],
};

/** The steps that take a pending action to `target`. */
export function demoStepsTo(target: ActionState): readonly DemoStep[] {
  return STEPS[target];
}
