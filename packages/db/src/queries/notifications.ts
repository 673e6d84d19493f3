import type { NotificationKind } from "@trellis/domain";
import { newId } from "@trellis/domain";
import type { TenantScope } from "../tenant-scope.js";

export interface NewNotification {
  recipientAgentId: string;
  kind: NotificationKind;
  accountId: string;
  actionId: string | null;
  title: string;
  body: string;
  at: Date;
}

export async function insertNotification(scope: TenantScope, notification: NewNotification): Promise<void> {
  await scope.db
    .insertInto("notifications")
    .values({
      id: newId("notification"),
      organization_id: scope.organizationId,
      recipient_agent_id: notification.recipientAgentId,
      kind: notification.kind,
      account_id: notification.accountId,
      action_id: notification.actionId,
      title: notification.title,
      body: notification.body,
      created_at: notification.at,
    })
    .execute();
}
