/** The variables a draft may use; the API replaces them with the account's values when the action is sent. */
export interface TemplateVariable {
  readonly name: string;
  readonly description: string;
}

export const TEMPLATE_VARIABLES: readonly TemplateVariable[] = [
  { name: "{{contact.first_name}}", description: "the primary contact's first name" },
  { name: "{{account.name}}", description: "the account's name" },
  { name: "{{agent.name}}", description: "your name" },
  { name: "{{milestone.name}}", description: "the action's milestone" },
  { name: "{{action.due_date}}", description: "the action's due date" },
];
