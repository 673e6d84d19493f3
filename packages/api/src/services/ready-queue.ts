/**
 * The Ready queue across all of an organization's accounts: the database orders and pages it by priority (the
 * same formula as @trellis/scoring, at one `now` carried in the cursor), and the page's rows get their priority
 * components from `readyQueuePriority` for the "why is this first?" tooltip.
 */
import { listReadyQueue, type ReadyQueueRow, type TenantScope } from "@trellis/db";
import {
  accountIdSchema,
  actionIdSchema,
  actionTypeSchema,
  type Money,
  type ReadyQueueItem,
  utcTimestampSchema,
} from "@trellis/domain";
import { type ReadyQueuePriority, readyQueuePriority } from "@trellis/scoring";
import { z } from "zod";
import type { AppDeps } from "../deps.js";
import type { AgentCaller } from "../trpc.js";
import { decodeCursor, encodeCursor } from "./page-cursor.js";

export const readyQueueInputSchema = z.object({
  owner: z.enum(["mine", "all"]).default("all").describe("only accounts the calling agent owns, or all"),
  types: z.array(actionTypeSchema).max(6).optional().describe("only actions of these types"),
  accountId: accountIdSchema.optional().describe("only this account's actions"),
  limit: z.number().int().min(1).max(100).default(50),
  cursor: z.string().max(1_000).optional().describe("nextCursor of the previous page"),
});
export type ReadyQueueInput = z.input<typeof readyQueueInputSchema>;

/**
 * The position after a page. It keeps the listing's `now` so later pages rank with the same clock, and the due
 * date because equal priorities are ordered by due date before id (as `compareReadyQueueItems` does).
 */
const readyQueueCursorSchema = z.object({
  now: utcTimestampSchema,
  priority: z.number().min(0).max(100),
  dueAt: utcTimestampSchema.nullable(),
  id: actionIdSchema,
});

export interface ReadyQueueEntry {
  readonly actionId: string;
  readonly key: string;
  readonly name: string;
  readonly type: ReadyQueueRow["type"];
  readonly state: ReadyQueueRow["state"];
  readonly dueAt: string | null;
  readonly readySince: string | null;
  /** Why the last draft attempt failed, when it did: the queue shows it and offers a retry. */
  readonly draftFailure: string | null;
  readonly milestone: { readonly id: string; readonly name: string };
  readonly account: {
    readonly id: string;
    readonly name: string;
    readonly arr: Money;
    readonly risk: ReadyQueueRow["risk"];
    readonly ownerAgentId: string | null;
  };
  readonly priority: number;
  readonly components: ReadyQueuePriority["components"];
}

export interface ReadyQueuePage {
  /** The instant every priority of this listing is computed at. */
  readonly now: string;
  readonly items: ReadyQueueEntry[];
  readonly nextCursor: string | null;
}

/**
 * One page of the Ready queue for the calling agent's organization.
 *
 * @example
 * const first = await withTenant(db, organizationId, (scope) => readyQueuePage(deps, scope, agent, { limit: 50 }));
 * const second = await withTenant(db, organizationId, (scope) =>
 *   readyQueuePage(deps, scope, agent, { cursor: first.nextCursor ?? undefined }),
 * );
 */
export async function readyQueuePage(
  deps: Pick<AppDeps, "clock">,
  scope: TenantScope,
  agent: AgentCaller,
  rawInput: ReadyQueueInput,
): Promise<ReadyQueuePage> {
  const input = readyQueueInputSchema.parse(rawInput);
  const after = input.cursor ? decodeCursor(input.cursor, readyQueueCursorSchema) : null;
  const now = after ? after.now : deps.clock.now().toISOString();
  const rows = await listReadyQueue(scope, {
    now: new Date(now),
    limit: input.limit + 1,
    after: after
      ? { priority: after.priority, dueAt: after.dueAt ? new Date(after.dueAt) : null, id: after.id }
      : null,
    ownerAgentId: input.owner === "mine" ? agent.agentId : null,
    types: input.types ?? null,
    accountId: input.accountId ?? null,
  });
  const pageRows = rows.slice(0, input.limit);
  const last = pageRows.at(-1);
  const nextCursor =
    rows.length > input.limit && last
      ? encodeCursor({
          now,
          priority: last.priority,
          dueAt: last.due_at?.toISOString() ?? null,
          id: last.id,
        } satisfies z.infer<typeof readyQueueCursorSchema>)
      : null;
  return { now, items: pageRows.map((row) => toReadyQueueEntry(row, now)), nextCursor };
}

function toReadyQueueEntry(row: ReadyQueueRow, now: string): ReadyQueueEntry {
  const arr: Money = { amountMinor: row.arr_minor, currency: row.arr_currency };
  const item: ReadyQueueItem = {
    actionId: row.id as ReadyQueueItem["actionId"],
    arr,
    risk: row.risk,
    dueAt: row.due_at?.toISOString() ?? null,
    readySince: row.ready_at?.toISOString() ?? null,
  };
  const { priority, components } = readyQueuePriority(item, now);
  return {
    actionId: row.id,
    key: row.key,
    name: row.name,
    type: row.type,
    state: row.state,
    dueAt: item.dueAt,
    readySince: item.readySince,
    draftFailure: row.draft_failure_reason,
    milestone: { id: row.milestone_id, name: row.milestone_name },
    account: {
      id: row.account_id,
      name: row.account_name,
      arr,
      risk: row.risk,
      ownerAgentId: row.owner_agent_id,
    },
    priority,
    components,
  };
}
