import type { ActionType } from "@trellis/domain";

/** What each action type is called in lists, filters and icons. */
export const ACTION_TYPE_LABELS: Record<ActionType, string> = {
  email: "Email",
  form: "Form",
  document: "Document request",
  meeting: "Meeting",
  slack: "Slack message",
  manual: "Manual task",
};
