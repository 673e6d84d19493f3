/**
 * What each `{{variable}}` of a draft stands for, for the Edit dialog's variables helper; the API replaces them with
 * the account's values when the action is sent.
 */

const BUILT_IN_DESCRIPTIONS: Readonly<Record<string, string>> = {
  "contact.first_name": "the primary contact's first name",
  "contact.last_name": "the primary contact's last name",
  "contact.email": "the primary contact's email address",
  "account.name": "the account's name",
  "agent.name": "the account owner's name",
  "agent.email": "the account owner's email address",
  "milestone.name": "the action's milestone",
  "action.due_date": "the action's due date",
};

/** A short description of a variable (named without braces), e.g. "custom field of the account". */
export function describeVariable(name: string): string {
  const builtIn = BUILT_IN_DESCRIPTIONS[name];
  if (builtIn) return builtIn;
  if (name.startsWith("account.")) return "custom field of the account";
  if (name.startsWith("contact.")) return "custom field of the primary contact";
  return "unknown variable";
}

/** The token a draft writes for a variable: `{{contact.first_name}}`. */
export function variableToken(name: string): string {
  return `{{${name}}}`;
}
