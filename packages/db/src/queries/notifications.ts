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
  await insertNotifications(scope, [notification]);
}

/** Inserts several notifications in one statement. */
export async function insertNotifications(
  scope: TenantScope,
  notifications: readonly NewNotification[],
): Promise<void> {
  if (notifications.length === 0) return;
  await scope.db
    .insertInto("notifications")
    .values(
      notifications.map((notification) => ({
        id: newId("notification"),
        organization_id: scope.organizationId,
        recipient_agent_id: notification.recipientAgentId,
        kind: notification.kind,
        account_id: notification.accountId,
        action_id: notification.actionId,
        title: notification.title,
        body: notification.body,
        created_at: notification.at,
      })),
    )
    .execute();
}
