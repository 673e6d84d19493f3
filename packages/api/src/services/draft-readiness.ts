import type { Action, ActionContent, DraftProblem } from "@trellis/domain";
import { lintDraft, renderVariables, variableContextFrom } from "@trellis/drafting";
import type { ActionContext } from "./action-context.js";
import { actionVariableSources } from "./action-variables.js";
import { portalRecipientProblems } from "./portal-recipient-problems.js";

export interface DraftReadiness {
  readonly problems: DraftProblem[];
  /** The content with every variable replaced, when nothing is unresolved: what would be delivered now. */
  readonly rendered: ActionContent | null;
}

/**
 * What execution needs to know about the current draft: the linter's findings plus every variable that cannot
 * be resolved for this account right now (an error naming it), and the content as it would be sent.
 */
export function draftReadiness(
  context: ActionContext,
  action: Pick<Action, "dueAt">,
  agentTimeZone?: string,
): DraftReadiness {
  const content = context.content;
  if (!content) return { problems: [], rendered: null };
  const problems = [
    ...lintDraft(content, { accountDomains: context.account.domains }),
    ...portalRecipientProblems(content, context),
  ];
  const values = variableContextFrom(actionVariableSources(context, action, agentTimeZone));
  const rendered = renderVariables(content, values);
  if (rendered.ok) return { problems, rendered: rendered.content };
  const alreadyFlagged = new Set(
    problems.filter((p) => p.code === "unresolved_variable").map((p) => p.match),
  );
  const unresolved: DraftProblem[] = rendered.unresolved
    .filter((name) => !alreadyFlagged.has(`{{${name}}}`))
    .map((name) => ({
      code: "unresolved_variable",
      severity: "error",
      path: "content",
      message: `{{${name}}} has no value for ${context.account.name}`,
      match: `{{${name}}}`,
    }));
  return { problems: [...problems, ...unresolved], rendered: null };
}
