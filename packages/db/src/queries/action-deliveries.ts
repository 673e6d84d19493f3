import type { ActionId } from "@trellis/domain";
import type { OutboxRow } from "../tables/outbox.table.js";
import type { TenantScope } from "../tenant-scope.js";

/** The delivery an executed action requested (an action is executed once, so it has at most one). */
export async function getActionDelivery(
  scope: TenantScope,
  actionId: ActionId,
): Promise<OutboxRow | undefined> {
  return scope.db
    .selectFrom("outbox")
    .selectAll()
    .where("organization_id", "=", scope.organizationId)
    .where("action_id", "=", actionId)
    .orderBy("created_at")
    .orderBy("id")
    .limit(1)
    .executeTakeFirst();
}
