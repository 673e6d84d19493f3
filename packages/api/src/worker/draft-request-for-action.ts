/**
 * Builds the drafting request for an action from what is stored around it: the action's brief (with its template's
 * starting content), the account, its contacts (primary first), the agent who signs, the milestone, recent
 * activity and internal notes. Customer text goes in as data; the provider's prompt keeps it out of instructions.
 */
import {
  type ActionRow,
  getFallbackAgent,
  getPlaybookTemplateAction,
  listRecentAccountActivity,
  listRecentNoteBodies,
  type TenantScope,
  toAgent,
} from "@trellis/db";
import { type DraftRequest, draftRequestSchema } from "@trellis/drafting";
import { loadActionContext } from "../services/action-context.js";

const MAX_CONTACTS = 50;
const MAX_ACTIVITY = 10;
const MAX_NOTES = 20;

export type DraftRequestPlan =
  | { readonly kind: "request"; readonly request: DraftRequest }
  /** No draft can be asked for; `reason` is recorded on the action as its draft failure. */
  | { readonly kind: "impossible"; readonly reason: string };

/**
 * @example
 * const plan = await withTenant(db, organizationId, (scope) => draftRequestForAction(scope, action, null, now));
 */
export async function draftRequestForAction(
  scope: TenantScope,
  action: ActionRow,
  instructions: string | null,
  now: Date,
): Promise<DraftRequestPlan> {
  const context = await loadActionContext(scope, action);
  const agent = context.owner ?? (await fallbackAgent(scope));
  if (!agent) return { kind: "impossible", reason: "The organization has no agent to sign the draft" };
  const [template, activity, notes] = await Promise.all([
    action.template_id ? getPlaybookTemplateAction(scope, action.template_id, action.key) : undefined,
    listRecentAccountActivity(scope, action.account_id, MAX_ACTIVITY),
    listRecentNoteBodies(scope, action.id, MAX_NOTES),
  ]);
  const startingContent = template?.content?.type === action.type ? template.content : null;
  const parsed = draftRequestSchema.safeParse({
    action: {
      key: action.key,
      name: action.name,
      type: action.type,
      purpose: action.purpose,
      content: startingContent,
    },
    context: {
      account: context.account,
      contacts: context.contacts.slice(0, MAX_CONTACTS),
      agent,
      milestone: context.milestone,
      recentActivity: activity.map((item) => ({
        at: item.at.toISOString(),
        summary: `${item.actionName}: ${item.eventType.replaceAll("_", " ")}`.slice(0, 500),
      })),
      notes: notes.map((note) => note.trim().slice(0, 2_000)).filter((note) => note.length > 0),
    },
    instructions: instructions?.trim() ? instructions.trim() : null,
    now: now.toISOString(),
  });
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const where = issue ? `${issue.path.join(".")}: ${issue.message}` : "invalid request";
    return { kind: "impossible", reason: `The action's context cannot be drafted from (${where})` };
  }
  return { kind: "request", request: parsed.data };
}

async function fallbackAgent(scope: TenantScope) {
  const row = await getFallbackAgent(scope);
  return row ? toAgent(row) : null;
}
