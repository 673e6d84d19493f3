/**
 * The commands an agent may give an action, as the list knows it (state only) and as the action page knows it
 * (`allowedEvents` from the API). The list mirrors the lifecycle table of @trellis/lifecycle for agents.
 */
import type { ActionState } from "@trellis/domain";

/** Commands the workspace offers; each opens its dialog. */
export type ActionCommand = "edit" | "regenerate" | "execute" | "skip" | "reschedule" | "complete";

/** Row quick actions, in the order the row shows them. */
export const QUICK_COMMANDS = [
  "execute",
  "edit",
  "skip",
  "reschedule",
] as const satisfies readonly ActionCommand[];
export type QuickCommand = (typeof QUICK_COMMANDS)[number];

const QUICK_BY_STATE: Record<ActionState, readonly QuickCommand[]> = {
  pending: ["edit", "skip", "reschedule"],
  ready: ["execute", "edit", "skip", "reschedule"],
  review_pending: ["execute", "edit", "skip", "reschedule"],
  executed: [],
  completed: [],
  skipped: [],
};

/** The quick actions a row shows for an action in `state`. */
export function quickCommandsFor(state: ActionState): readonly QuickCommand[] {
  return QUICK_BY_STATE[state];
}

const COMMAND_BY_EVENT: Record<string, ActionCommand> = {
  edit: "edit",
  regenerate: "regenerate",
  execute: "execute",
  skip: "skip",
  reschedule: "reschedule",
  mark_complete: "complete",
};

/** The review panel's buttons, from the events the API allows now (platform and contact events drop out). */
export function commandsFromAllowedEvents(allowedEvents: readonly string[]): ActionCommand[] {
  return allowedEvents.flatMap((event) => {
    const command = COMMAND_BY_EVENT[event];
    return command ? [command] : [];
  });
}
