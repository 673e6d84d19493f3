/**
 * A portal action as the signed-in contact may see it: one of their own account's executed form, document or
 * meeting actions, with the content its execution delivered. Anything else (another account's action, a draft not
 * yet executed, an email or Slack action) is "not found", never "forbidden", so ids reveal nothing.
 */
import { getPortalAction, type PortalActionRow, type PortalActionType, type TenantScope } from "@trellis/db";
import { type ActionId, type ContentOf, contentSchemaFor } from "@trellis/domain";
import { notFound } from "../domain-failure.js";
import type { ContactCaller } from "../trpc.js";

export interface PortalAction<T extends PortalActionType = PortalActionType> {
  readonly row: PortalActionRow["action"];
  /** The content as executed: variables rendered, later draft edits not included. */
  readonly content: ContentOf<T>;
}

/** The content delivered at execution, checked against the action type's schema. */
export function deliveredContent<T extends PortalActionType>(type: T, delivered: unknown): ContentOf<T> {
  return contentSchemaFor(type).parse(delivered) as ContentOf<T>;
}

/**
 * Loads one of the contact's portal actions (locking it with `forUpdate`, as answering it requires); NOT_FOUND
 * when it is not one, or when it is not of the `expected` type.
 */
export async function loadPortalAction<T extends PortalActionType>(
  scope: TenantScope,
  contact: ContactCaller,
  actionId: ActionId,
  options: { expected?: T; forUpdate?: boolean } = {},
): Promise<PortalAction<T>> {
  const found = await getPortalAction(scope, contact.accountId, actionId, { forUpdate: options.forUpdate });
  if (!found || (options.expected && found.action.type !== options.expected)) throw notFound("The request");
  const type = found.action.type as T;
  return { row: found.action, content: deliveredContent(type, found.deliveredContent) };
}
