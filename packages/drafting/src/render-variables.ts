/**
 * Send-time rendering: replaces `{{variables}}` in every text part of a draft with the recipient's values. Rendering
 * is all-or-nothing: one unresolved variable means nothing is sent, and every unresolved name is reported at once so
 * the agent fixes them in one pass.
 */
import type { ActionContent } from "@trellis/domain";
import { mapTextParts, textParts } from "./content-text-parts.js";
import { escapeHtml, escapeSlack } from "./escaping.js";
import { findVariables, replaceVariables } from "./variables.js";

/** Values by variable name (`contact.first_name` → `Ana`). A missing or blank value leaves the variable unresolved. */
export type VariableValues = Readonly<Record<string, string>>;

export type RenderResult<C extends ActionContent> =
  | { readonly ok: true; readonly content: C }
  | { readonly ok: false; readonly unresolved: string[] };

/**
 * Renders every variable of a draft. Values substituted into `bodyHtml` are HTML-escaped and into Slack messages
 * mrkdwn-escaped; plain-text parts (subject, recipients, form labels …) receive values as they are.
 *
 * @example
 * const result = renderVariables(email, { "contact.first_name": "Ana", "contact.email": "ana@acme.com" });
 * if (!result.ok) throw new Error(`unresolved: ${result.unresolved.join(", ")}`);
 */
export function renderVariables<C extends ActionContent>(
  content: C,
  values: VariableValues,
): RenderResult<C> {
  const resolve = (name: string): string | null => {
    const value = Object.hasOwn(values, name) ? values[name] : undefined;
    return value === undefined || value.trim() === "" ? null : value;
  };
  const unresolved = listVariables(content).filter((name) => resolve(name) === null);
  if (unresolved.length > 0) return { ok: false, unresolved };

  const rendered = mapTextParts(content, (text, _path, format) =>
    replaceVariables(text, (name) => {
      const value = resolve(name);
      if (value === null) return null;
      if (format === "html") return escapeHtml(value);
      if (format === "slack") return escapeSlack(value);
      return value;
    }),
  );
  return { ok: true, content: rendered };
}

/**
 * The variable names a draft uses, deduplicated, in reading order. Malformed names (`{{Contact.Name}}`) are listed
 * as written, since they can never resolve.
 *
 * @example
 * listVariables(email); // ["contact.first_name", "agent.name", "contact.email"]
 */
export function listVariables(content: ActionContent): string[] {
  const names = new Set<string>();
  for (const part of textParts(content)) {
    for (const variable of findVariables(part.text)) names.add(variable.name);
  }
  return [...names];
}
