/** Events on an account (SPEC §D), such as `feedback.submitted` from the portal; the workflows read them later. */
import type { AccountId } from "@trellis/domain";
import { newId } from "@trellis/domain";
import type { TenantScope } from "../tenant-scope.js";

export interface NewAccountEvent {
  accountId: AccountId;
  contactId: string | null;
  type: string;
  payload: Record<string, unknown>;
  at: Date;
}

/** Records an event on the account in the caller's transaction; returns its id. */
export async function insertAccountEvent(scope: TenantScope, event: NewAccountEvent): Promise<string> {
  const id = newId("accountEvent");
  await scope.db
    .insertInto("account_events")
    .values({
      id,
      organization_id: scope.organizationId,
      account_id: event.accountId,
      contact_id: event.contactId,
      type: event.type,
      payload: JSON.stringify(event.payload),
      occurred_at: event.at,
      received_at: event.at,
    })
    .execute();
  return id;
}
