import type { AccountId, ContactId } from "@trellis/domain";
import { appRouter } from "../root.js";
import { type ContactCaller, createCallerFactory } from "../trpc.js";
import type { TestWorld } from "./test-world.js";

const createCaller = createCallerFactory(appRouter);

/** Which contact to act as; by default the world's primary contact (Ana Silva of the world's account). */
export interface TestContact {
  readonly contactId: string;
  readonly accountId: string;
  readonly name?: string;
  /** The portal session signing out would end; a made-up one unless given. */
  readonly sessionId?: string;
}

/**
 * A server-side tRPC caller signed in to the portal as a contact of the world's organization, for the portal's
 * router tests (no session is stored: the caller is what `x-trellis-portal-session` would resolve to).
 *
 * @example
 * const portal = contactCallerFor(world);
 * await portal.portal.auth.me(); // { contact: { firstName: "Ana", … }, … }
 */
export function contactCallerFor(world: TestWorld, contact?: TestContact) {
  const caller: ContactCaller = {
    kind: "contact",
    organizationId: world.organizationId,
    accountId: (contact?.accountId ?? world.accountId) as AccountId,
    contactId: (contact?.contactId ?? world.contactId) as ContactId,
    name: contact?.name ?? "Ana Silva",
    sessionId: contact?.sessionId ?? "pss_test",
  };
  return createCaller({ deps: world.deps, caller, requestId: "test-request" });
}
