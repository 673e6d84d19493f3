import { getAction, insertNote, type NoteWithAuthor, type TenantScope, toNote } from "@trellis/db";
import type { ActionId } from "@trellis/domain";
import type { AppDeps } from "../deps.js";
import { notFound } from "../domain-failure.js";
import type { AgentCaller } from "../trpc.js";

/**
 * Adds an internal note to an action, by the calling agent, timestamped by the injected clock. Notes are not
 * lifecycle events (the machine has none for them), so the action's state, version and history stay as they are.
 * `NOT_FOUND` for an action of another organization.
 *
 * @example
 * const note = await withTenant(db, organizationId, (scope) => addNote(deps, scope, agent, actionId, "Ana is on leave"));
 */
export async function addNote(
  deps: Pick<AppDeps, "clock">,
  scope: TenantScope,
  author: AgentCaller,
  actionId: ActionId,
  body: string,
): Promise<NoteWithAuthor> {
  if (!(await getAction(scope, actionId))) throw notFound("The action");
  const row = await insertNote(scope, {
    actionId,
    authorAgentId: author.agentId,
    body,
    at: deps.clock.now(),
  });
  return { ...toNote(row), authorName: author.name };
}
