import type { ActionCommand } from "./quick-actions";

/** The review panel's button label of each command. */
export const ACTION_COMMAND_LABELS: Record<ActionCommand, string> = {
  edit: "Edit",
  regenerate: "Regenerate",
  execute: "Execute",
  skip: "Skip",
  reschedule: "Reschedule",
  complete: "Mark as complete",
};
