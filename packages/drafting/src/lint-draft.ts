/**
 * The draft linter: what an agent must fix before executing (errors) and what deserves a second look (warnings).
 * Execution is irreversible, so anything that would embarrass the agent in front of a customer is an error:
 * placeholder text, a variable that cannot be filled in, an empty subject.
 */
import { type ActionContent, type DraftProblem, emailDomain } from "@trellis/domain";
import { textParts } from "./content-text-parts.js";
import { htmlToText } from "./escaping.js";
import { findPlaceholders } from "./find-placeholders.js";
import { BUILT_IN_VARIABLES, findStrayBraces, findVariables } from "./variables.js";

export interface LintOptions {
  /** The account's email domains; recipients outside them get a warning. Empty: the check is skipped. */
  readonly accountDomains: readonly string[];
  /** The organization's own domains (the CSM in cc), accepted as recipients too. */
  readonly internalDomains?: readonly string[];
  /**
   * The variables that will resolve at send time, e.g. `Object.keys(variableContextFrom(…))`. Defaults to the
   * built-in variables; pass the real set to catch custom fields that do not exist and values that are missing.
   */
  readonly knownVariables?: Iterable<string>;
}

/**
 * Lints a draft. Returns problems in a stable order: empty required parts, then findings per text part in reading
 * order, then recipient warnings.
 *
 * @example
 * const problems = lintDraft(content, { accountDomains: ["acme.com"] });
 * const canExecute = blockingProblems(problems).length === 0;
 */
export function lintDraft(content: ActionContent, options: LintOptions): DraftProblem[] {
  const known = new Set<string>(options.knownVariables ?? BUILT_IN_VARIABLES);
  return [
    ...emptyRequiredParts(content),
    ...textProblems(content, known),
    ...recipientProblems(content, options),
  ];
}

function problem(
  code: DraftProblem["code"],
  path: string,
  message: string,
  match: string | null = null,
): DraftProblem {
  const severity = code === "recipient_outside_domains" ? "warning" : "error";
  return { code, severity, path, message, match };
}

const isBlank = (text: string) => text.trim() === "";

function emptyRequiredParts(content: ActionContent): DraftProblem[] {
  const problems: DraftProblem[] = [];
  const require = (condition: boolean, path: string, message: string) => {
    if (!condition) problems.push(problem("empty_required", path, message));
  };
  switch (content.type) {
    case "email":
      require(!isBlank(content.subject), "subject", "the subject is empty");
      require(!isBlank(htmlToText(content.bodyHtml)), "bodyHtml", "the body is empty");
      require(content.to.length > 0, "to", "add at least one To recipient");
      break;
    case "form":
      require(!isBlank(content.title), "title", "the form title is empty");
      require(content.fields.length > 0, "fields", "add at least one field");
      break;
    case "document":
      require(!isBlank(content.title), "title", "the request title is empty");
      require(content.documents.length > 0, "documents", "request at least one document");
      break;
    case "meeting":
      require(!isBlank(content.title), "title", "the meeting title is empty");
      require((content.schedulingLink !== null && !isBlank(content.schedulingLink)) ||
        content.proposedSlots.length >
          0, "proposedSlots", "add a scheduling link or at least one proposed slot");
      break;
    case "slack":
      require(!isBlank(content.channel), "channel", "the channel is empty");
      require(!isBlank(content.message), "message", "the message is empty");
      break;
    case "manual":
      require(!isBlank(content.description), "description", "the task description is empty");
      break;
  }
  return problems;
}

function textProblems(content: ActionContent, known: ReadonlySet<string>): DraftProblem[] {
  const problems: DraftProblem[] = [];
  const seen = new Set<string>();
  const add = (found: DraftProblem) => {
    const key = `${found.code}\u0000${found.path}\u0000${found.match}`;
    if (seen.has(key)) return;
    seen.add(key);
    problems.push(found);
  };
  for (const part of textParts(content)) {
    const readable = part.format === "html" ? htmlToText(part.text) : part.text;
    for (const { match } of findPlaceholders(readable)) {
      add(problem("placeholder", part.path, `replace the placeholder text ${match}`, match));
    }
    for (const variable of findVariables(part.text)) {
      if (!variable.wellFormed) {
        add(
          problem(
            "unresolved_variable",
            part.path,
            `${variable.token} is not a valid variable`,
            variable.token,
          ),
        );
      } else if (!known.has(variable.name)) {
        add(
          problem(
            "unresolved_variable",
            part.path,
            `{{${variable.name}}} cannot be filled in: it is unknown or has no value`,
            variable.token,
          ),
        );
      }
    }
    for (const stray of findStrayBraces(part.text)) {
      add(problem("unresolved_variable", part.path, `${stray} is an unclosed or malformed variable`, stray));
    }
  }
  return problems;
}

function recipientProblems(content: ActionContent, options: LintOptions): DraftProblem[] {
  if (content.type !== "email" || options.accountDomains.length === 0) return [];
  const allowed = [...options.accountDomains, ...(options.internalDomains ?? [])].map((d) => d.toLowerCase());
  const inAllowedDomain = (address: string) => {
    const domain = emailDomain(address);
    return allowed.some((d) => domain === d || domain.endsWith(`.${d}`));
  };
  const problems: DraftProblem[] = [];
  for (const field of ["to", "cc", "bcc"] as const) {
    content[field].forEach((recipient, i) => {
      const address = recipient.trim();
      // A variable such as {{contact.email}} resolves to the account's own contact.
      if (/^\{\{[^{}]*\}\}$/.test(address) || inAllowedDomain(address)) return;
      problems.push(
        problem(
          "recipient_outside_domains",
          `${field}[${i}]`,
          `${address} is outside the account's domains (${options.accountDomains.join(", ")})`,
          address,
        ),
      );
    });
  }
  return problems;
}
