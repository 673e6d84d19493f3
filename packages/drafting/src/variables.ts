/**
 * The `{{variable}}` syntax shared by drafts, the renderer and the linter. Variables stay in drafts until send time
 * so an agent reviews one template-like draft and the same text renders correctly for whichever contact receives it.
 */

/** Variables every draft may use. Custom fields add `account.<key>` and `contact.<key>`. */
export const BUILT_IN_VARIABLES = [
  "contact.first_name",
  "contact.last_name",
  "contact.email",
  "account.name",
  "agent.name",
  "agent.email",
  "milestone.name",
  "action.due_date",
] as const;
export type BuiltInVariable = (typeof BUILT_IN_VARIABLES)[number];

/** A well-formed variable name: a lower-case root and one or more snake_case segments, e.g. `account.plan_name`. */
export const VARIABLE_NAME = /^[a-z_]+(?:\.[a-z0-9_]+)+$/;

/** Anything between double braces. Names are checked separately so malformed variables are reported, not skipped. */
const VARIABLE_TOKEN = /\{\{([^{}]*)\}\}/g;

export interface VariableOccurrence {
  /** The trimmed text between the braces, e.g. `contact.first_name`. */
  readonly name: string;
  /** The whole token as written, e.g. `{{ contact.first_name }}`. */
  readonly token: string;
  readonly index: number;
  /** Whether the name is syntactically a variable (it may still be unknown). */
  readonly wellFormed: boolean;
}

/** Every `{{…}}` token in a text, in order. */
export function findVariables(text: string): VariableOccurrence[] {
  const found: VariableOccurrence[] = [];
  for (const match of text.matchAll(VARIABLE_TOKEN)) {
    const name = (match[1] ?? "").trim();
    found.push({ name, token: match[0], index: match.index, wellFormed: VARIABLE_NAME.test(name) });
  }
  return found;
}

/** Replaces every `{{…}}` token through `replace`; tokens for which it returns null are left as written. */
export function replaceVariables(text: string, replace: (name: string) => string | null): string {
  return text.replace(VARIABLE_TOKEN, (token, inner: string) => replace(inner.trim()) ?? token);
}

/** Stray double braces left after removing whole tokens, e.g. an unclosed `{{contact.first_name`. */
export function findStrayBraces(text: string): string[] {
  const rest = text.replace(VARIABLE_TOKEN, " ");
  return [...rest.matchAll(/\{\{[^{}\s]*|[^{}\s]*\}\}/g)].map((match) => match[0]);
}
