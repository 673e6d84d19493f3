/**
 * Portal test data: more accounts (with a primary contact) in a test world's organization, a server-side caller
 * signed in as one of their contacts, and an executed email marked as sent (what the worker would do).
 */
import { withTenant } from "@trellis/db";
import { type AccountId, type ActionId, type ContactId, newId } from "@trellis/domain";
import { appRouter } from "../root.js";
import { type ContactCaller, createCallerFactory } from "../trpc.js";
import type { TestWorld } from "./test-world.js";

const createCaller = createCallerFactory(appRouter);

export interface PortalContact {
  readonly accountId: AccountId;
  readonly contactId: ContactId;
  readonly name: string;
}

/** The world's own account and primary contact (Ana Silva of Acme Corp). */
export function worldContact(world: TestWorld): PortalContact {
  return {
    accountId: world.accountId as AccountId,
    contactId: world.contactId as ContactId,
    name: "Ana Silva",
  };
}

/** Adds an account owned by the world's agent, with a primary contact. */
export async function addPortalAccount(
  world: TestWorld,
  account: { name: string; firstName: string; lastName: string; email: string },
): Promise<PortalContact> {
  const accountId = newId("account");
  const contactId = newId("contact");
  await withTenant(world.deps.db, world.organizationId, async ({ db }) => {
    await db
      .insertInto("accounts")
      .values({
        id: accountId,
        organization_id: world.organizationId,
        name: account.name,
        domains: [account.email.split("@")[1] ?? "example.test"],
        arr_minor: 4_500_000,
        arr_currency: "USD",
        risk: "high",
        owner_agent_id: world.agent.agentId,
        started_at: world.deps.clock.now(),
        custom_fields: "{}",
      })
      .execute();
    await db
      .insertInto("contacts")
      .values({
        id: contactId,
        organization_id: world.organizationId,
        account_id: accountId,
        first_name: account.firstName,
        last_name: account.lastName,
        email: account.email,
        is_primary: true,
        custom_fields: "{}",
      })
      .execute();
  });
  return { accountId, contactId, name: `${account.firstName} ${account.lastName}` };
}

/** The contact caller the API resolves from a portal session. */
export function contactCaller(world: TestWorld, contact: PortalContact): ContactCaller {
  return {
    kind: "contact",
    organizationId: world.organizationId,
    accountId: contact.accountId,
    contactId: contact.contactId,
    name: contact.name,
    sessionId: `session-${contact.contactId}`,
  };
}

/** A server-side tRPC caller signed in to the portal as `contact`. */
export function portalCallerFor(world: TestWorld, contact: PortalContact) {
  return createCaller({ deps: world.deps, caller: contactCaller(world, contact), requestId: "test-request" });
}

/** Marks an executed action's deliveries sent, as the worker would once the receiver accepted them. */
export async function markDeliveriesSent(world: TestWorld, actionId: ActionId): Promise<void> {
  await withTenant(world.deps.db, world.organizationId, ({ db }) =>
    db
      .updateTable("outbox")
      .set({ status: "sent", sent_at: world.deps.clock.now() })
      .where("action_id", "=", actionId)
      .execute(),
  );
}
