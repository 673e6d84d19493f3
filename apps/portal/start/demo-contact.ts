/**
 * Finding a demo contact to sign in to the portal as: the primary contact of a seeded account with portal
 * requests in the given states, looked up through the API as an agent (the seed's exact contents depend on the
 * clock, so they are not hard-coded).
 */
import type { TrellisClient } from "@trellis/client";

const PORTAL_TYPES = new Set(["form", "document", "meeting"]);

export interface DemoContact {
  readonly name: string;
  readonly email: string;
  readonly accountId: string;
  readonly accountName: string;
  /** The account's portal actions (form, document, meeting) in the states asked for. */
  readonly actions: readonly {
    readonly id: string;
    readonly type: string;
    readonly name: string;
    readonly state: string;
  }[];
}

type PortalState = "ready" | "review_pending" | "executed" | "completed";

/**
 * The first account (by name) with at least one form/document/meeting action in `states`, and its primary contact.
 *
 * @example
 * const contact = await findDemoContact(agentClient, ["executed", "completed"]);
 * // { name: "Ada Lovelace", email: "ada.lovelace@acme.test", … }
 */
export async function findDemoContact(
  api: TrellisClient,
  states: readonly PortalState[],
  accept: (actions: DemoContact["actions"]) => boolean = (actions) => actions.length > 0,
): Promise<DemoContact | null> {
  const { items } = await api.accounts.list.query({ limit: 100 });
  for (const account of items) {
    const { milestones } = await api.actions.listByAccount.query({
      accountId: account.id,
      states: [...states],
    });
    const actions = milestones
      .flatMap((group) => group.actions)
      .filter((action) => PORTAL_TYPES.has(action.type))
      .map((action) => ({ id: action.id, type: action.type, name: action.name, state: action.state }));
    if (!accept(actions)) continue;
    const { contacts } = await api.accounts.get.query({ id: account.id });
    const primary = contacts.find((contact) => contact.isPrimary) ?? contacts[0];
    if (!primary) continue;
    return {
      name: `${primary.firstName} ${primary.lastName}`.trim(),
      email: primary.email,
      accountId: account.id,
      accountName: account.name,
      actions,
    };
  }
  return null;
}
