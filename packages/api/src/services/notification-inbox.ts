/**
 * The calling agent's notifications (automatic completions, customer responses, draft and delivery failures):
 * unread first, newest first, paged; marking read; the unread count for the badge.
 */
import { countUnreadInbox, listInbox, markInboxRead, type TenantScope, toNotification } from "@trellis/db";
import { type Notification, notificationIdSchema } from "@trellis/domain";
import { z } from "zod";
import type { AppDeps } from "../deps.js";
import type { AgentCaller } from "../trpc.js";
import { decodeCursor, encodeCursor } from "./page-cursor.js";

export const notificationListInputSchema = z.object({
  limit: z.number().int().min(1).max(100).default(30),
  cursor: z.string().max(1_000).optional().describe("nextCursor of the previous page"),
});
export type NotificationListInput = z.input<typeof notificationListInputSchema>;

export const markReadInputSchema = z.union([
  z.object({ ids: z.array(notificationIdSchema).min(1).max(500).describe("these notifications") }),
  z.object({ all: z.literal(true).describe("every unread notification of the agent") }),
]);
export type MarkReadInput = z.input<typeof markReadInputSchema>;

const inboxCursorSchema = z.object({
  unread: z.boolean(),
  createdAt: z.string().regex(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{6}Z$/),
  id: notificationIdSchema,
});

export interface NotificationPage {
  readonly items: Notification[];
  readonly nextCursor: string | null;
  readonly unreadCount: number;
}

/**
 * One page of the agent's notifications. A notification marked read while paging moves to the read group, so it
 * may show up once more further down; nothing is skipped.
 */
export async function listNotificationsPage(
  scope: TenantScope,
  agent: AgentCaller,
  rawInput: NotificationListInput,
): Promise<NotificationPage> {
  const input = notificationListInputSchema.parse(rawInput);
  const after = input.cursor ? decodeCursor(input.cursor, inboxCursorSchema) : null;
  const rows = await listInbox(scope, agent.agentId, { after, limit: input.limit + 1 });
  const page = rows.slice(0, input.limit);
  const last = page.at(-1);
  return {
    items: page.map(toNotification),
    nextCursor:
      rows.length > input.limit && last
        ? encodeCursor({ unread: last.read_at === null, createdAt: last.created_at_exact, id: last.id })
        : null,
    unreadCount: await countUnreadInbox(scope, agent.agentId),
  };
}

/** Marks the agent's notifications read; returns how many changed and how many remain unread. */
export async function markNotificationsRead(
  deps: Pick<AppDeps, "clock">,
  scope: TenantScope,
  agent: AgentCaller,
  rawInput: MarkReadInput,
): Promise<{ marked: number; unreadCount: number }> {
  const input = markReadInputSchema.parse(rawInput);
  const marked = await markInboxRead(
    scope,
    agent.agentId,
    "ids" in input ? { ids: input.ids } : "all",
    deps.clock.now(),
  );
  return { marked, unreadCount: await countUnreadInbox(scope, agent.agentId) };
}
