import type { Notification } from "@trellis/domain";
import { Link } from "react-router";
import { Badge } from "../badge";
import { Button } from "../button";
import { DateTime } from "../date-time";
import { FOCUS_RING } from "../focus-ring";
import { NOTIFICATION_KINDS } from "./notification-kind-labels";

interface NotificationItemProps {
  readonly notification: Notification;
  /** Marks this notification read; absent once it is read. */
  readonly onMarkRead: (() => void) | null;
  readonly busy: boolean;
}

/** One notification: unread ones stand out and can be marked read; each links to its account's actions. */
export function NotificationItem({ notification, onMarkRead, busy }: NotificationItemProps) {
  const unread = notification.readAt === null;
  const kind = NOTIFICATION_KINDS[notification.kind];
  return (
    <li className={`flex items-start gap-3 px-3 py-2 ${unread ? "bg-sky-50" : "bg-white"}`}>
      <span
        aria-hidden="true"
        className={`mt-1.5 size-2 shrink-0 rounded-full ${unread ? "bg-sky-600" : "bg-transparent"}`}
      />
      <div className="min-w-0 flex-1">
        <p className="flex flex-wrap items-baseline gap-x-2 text-sm">
          {unread ? <span className="sr-only">Unread:</span> : null}
          <span className={unread ? "font-semibold text-slate-900" : "text-slate-800"}>
            {notification.title}
          </span>
          <Badge tone={kind.tone}>{kind.label}</Badge>
          <span className="text-xs text-slate-600">
            <DateTime value={notification.createdAt} />
          </span>
        </p>
        {notification.body ? <p className="mt-0.5 text-sm text-slate-700">{notification.body}</p> : null}
        <Link
          to={`/accounts/${notification.accountId}`}
          className={`mt-0.5 inline-block rounded text-xs text-sky-800 hover:underline ${FOCUS_RING}`}
        >
          Open the account
        </Link>
      </div>
      {onMarkRead ? (
        <Button
          variant="ghost"
          disabled={busy}
          onClick={onMarkRead}
          aria-label={`Mark as read: ${notification.title}`}
        >
          Mark as read
        </Button>
      ) : null}
    </li>
  );
}
