/**
 * Builds the variable values for one recipient from the records the send-time service already loaded. Values that
 * are missing or blank are left out on purpose, so the renderer reports them as unresolved instead of sending
 * "Hi ," to a customer.
 */
import type { Account, Action, Agent, Contact, CustomFields, Milestone } from "@trellis/domain";
import { BUILT_IN_VARIABLES } from "./variables.js";

export interface VariableSources {
  readonly account?: Pick<Account, "name" | "customFields"> | null;
  readonly contact?: Pick<Contact, "firstName" | "lastName" | "email" | "customFields"> | null;
  readonly agent?: Pick<Agent, "name" | "email" | "timeZone"> | null;
  readonly milestone?: Pick<Milestone, "name"> | null;
  readonly action?: Pick<Action, "dueAt"> | null;
  /** Time zone `{{action.due_date}}` is shown in; defaults to the agent's, then UTC. */
  readonly timeZone?: string;
  /** Locale of formatted dates; defaults to en-US. */
  readonly locale?: string;
}

/**
 * The values of every resolvable variable: built-ins plus `account.<key>` and `contact.<key>` for custom fields
 * (a custom field never shadows a built-in such as `account.name`).
 *
 * @example
 * const values = variableContextFrom({ account, contact, agent, milestone, action, timeZone: "Europe/Paris" });
 * values["contact.first_name"]; // "Ana"
 * values["action.due_date"]; // "Monday, February 2, 2026"
 */
export function variableContextFrom(sources: VariableSources): Record<string, string> {
  const values: Record<string, string> = {};
  const set = (name: string, value: string | null | undefined) => {
    if (value !== null && value !== undefined && value.trim() !== "") values[name] = value;
  };
  const { account, contact, agent, milestone, action } = sources;

  set("contact.first_name", contact?.firstName);
  set("contact.last_name", contact?.lastName);
  set("contact.email", contact?.email);
  set("account.name", account?.name);
  set("agent.name", agent?.name);
  set("agent.email", agent?.email);
  set("milestone.name", milestone?.name);
  if (action?.dueAt) {
    const timeZone = sources.timeZone ?? agent?.timeZone ?? "UTC";
    set("action.due_date", formatDueDate(action.dueAt, timeZone, sources.locale ?? "en-US"));
  }
  addCustomFields(values, "account", account?.customFields);
  addCustomFields(values, "contact", contact?.customFields);
  return values;
}

const BUILT_IN = new Set<string>(BUILT_IN_VARIABLES);

function addCustomFields(values: Record<string, string>, root: string, fields: CustomFields | undefined) {
  for (const [key, value] of Object.entries(fields ?? {})) {
    const name = `${root}.${key}`;
    if (BUILT_IN.has(name) || value === null) continue;
    const text = typeof value === "boolean" ? (value ? "yes" : "no") : String(value);
    if (text.trim() !== "") values[name] = text;
  }
}

function formatDueDate(timestamp: string, timeZone: string, locale: string): string {
  return new Intl.DateTimeFormat(locale, { dateStyle: "full", timeZone }).format(new Date(timestamp));
}
