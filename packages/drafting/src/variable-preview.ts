/**
 * The variables an agent may put in a draft, each with the value it would be replaced by if the action were sent
 * now: the Edit dialog's variables helper shows them so the agent sees "Hi Ana," before sending, and sees at once
 * which variables have no value for this account.
 */
import { type VariableSources, variableContextFrom } from "./variable-context.js";
import { BUILT_IN_VARIABLES, VARIABLE_NAME } from "./variables.js";

export interface VariablePreview {
  /** The variable's name without braces, e.g. `contact.first_name`. */
  readonly name: string;
  /** What `{{name}}` renders to now; null when it has no value (sending would be refused). */
  readonly value: string | null;
}

/**
 * Every variable available for these sources — the built-ins, then the account's and the contact's custom fields
 * by name (also those without a value), then any other well-formed name in `alsoNames` (e.g. the variables a draft already
 * uses) — with its current value or null.
 *
 * @example
 * previewVariables({ account, contact: null }, ["account.tier"]);
 * // [{ name: "contact.first_name", value: null }, …, { name: "account.name", value: "Acme Corp" }, …,
 * //  { name: "account.tier", value: null }]
 */
export function previewVariables(
  sources: VariableSources,
  alsoNames: readonly string[] = [],
): VariablePreview[] {
  const values = variableContextFrom(sources);
  const names = new Set<string>(BUILT_IN_VARIABLES);
  // Sorted: custom fields come back from the database in no meaningful order (jsonb orders keys by length).
  for (const key of Object.keys(sources.account?.customFields ?? {}).sort()) names.add(`account.${key}`);
  for (const key of Object.keys(sources.contact?.customFields ?? {}).sort()) names.add(`contact.${key}`);
  for (const name of alsoNames) if (VARIABLE_NAME.test(name)) names.add(name);
  return [...names].map((name) => ({
    name,
    value: Object.hasOwn(values, name) ? (values[name] ?? null) : null,
  }));
}
