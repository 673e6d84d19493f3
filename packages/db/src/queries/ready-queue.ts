/**
 * The Ready queue: an organization's ready and review_pending actions across all accounts, ordered in SQL by
 * priority (highest first), then earlier due date (none last), then id, as `compareReadyQueueItems` orders them,
 * with keyset paging.
 *
 * A page does not rank every row. An action's priority is its account's points (ARR + risk, at most 60) plus at
 * most 40 from due date and age, so: rank the actions of the accounts with the most points first; the `limit`-th
 * best of those is a lower bound T of the page's last priority; only accounts with points ≥ T − 40 can have a row
 * on the page, and only their actions are ranked (from a covering index, account by account). The result is the
 * same as ranking everything (a test compares both); it typically reads a few hundred rows, not the whole queue.
 * Only the page's rows are then joined for display.
 */
import type { ActionState, ActionType, RiskLevel } from "@trellis/domain";
import { sql } from "kysely";
import type { TenantScope } from "../tenant-scope.js";
import {
  epochMilliseconds,
  readyQueueAccountPointsSql,
  readyQueuePrioritySql,
} from "./ready-queue-priority-sql.js";

/** Accounts whose actions give the lower bound of a page (the accounts with the most ARR and risk points). */
const SEED_ACCOUNTS = 200;
/** The due date gives at most 30 points and the age 10; the margin covers rounding of the sum. */
const MOST_TIME_POINTS = 40.01;

export const READY_QUEUE_STATES = ["ready", "review_pending"] as const satisfies readonly ActionState[];

/** Where the previous page ended: its last row's priority, due date and id (at the same `now`). */
export interface ReadyQueuePosition {
  priority: number;
  dueAt: Date | null;
  id: string;
}

export interface ReadyQueueQuery {
  /** One `now` for the whole listing, so priorities (and so pages) do not move while paging. */
  now: Date;
  limit: number;
  after: ReadyQueuePosition | null;
  /** Only actions of accounts this agent owns. */
  ownerAgentId?: string | null;
  types?: readonly ActionType[] | null;
  accountId?: string | null;
  /** How many accounts (those with the most points) bound the page from below; 0 ranks every row. Tuning only. */
  seedAccounts?: number;
}

export interface ReadyQueueRow {
  id: string;
  key: string;
  name: string;
  type: ActionType;
  state: ActionState;
  due_at: Date | null;
  ready_at: Date | null;
  draft_failure_reason: string | null;
  milestone_id: string;
  milestone_name: string;
  account_id: string;
  account_name: string;
  arr_minor: number;
  arr_currency: string;
  risk: RiskLevel;
  owner_agent_id: string | null;
  /** As computed by the database, the sort key. */
  priority: number;
}

/**
 * One page of the Ready queue (`limit` rows at most), after `after` when given.
 *
 * @example
 * const page = await listReadyQueue(scope, { now, limit: 50, after: null });
 */
export async function listReadyQueue(scope: TenantScope, query: ReadyQueueQuery): Promise<ReadyQueueRow[]> {
  const accountPoints = readyQueueAccountPointsSql({
    arrMinor: "acc.arr_minor",
    arrCurrency: "acc.arr_currency",
    risk: "acc.risk",
  });
  const after = query.after;

  /** The queue rows of one account (`b.id`, whose points are `b.points`), ranked at `now`. */
  const accountQueue = (accountAlias: "top" | "b") => {
    let rows = scope.db
      .selectFrom("actions as q")
      .select([
        "q.id",
        readyQueuePrioritySql(
          { accountPoints: `${accountAlias}.points`, dueAt: "q.due_at", readyAt: "q.ready_at" },
          query.now,
        ).as("priority"),
        sql<number>`coalesce(${epochMilliseconds("q.due_at")}, 'Infinity'::float8)`.as("due_key"),
      ])
      .where("q.organization_id", "=", scope.organizationId)
      .where(sql.ref("q.account_id"), "=", sql.ref(`${accountAlias}.id`))
      .where("q.state", "in", READY_QUEUE_STATES);
    if (query.types && query.types.length > 0) rows = rows.where("q.type", "in", [...query.types]);
    // `offset 0` keeps the planner from flattening the lateral subquery: each account's rows come from the
    // account index, not from a scan of the whole queue.
    return rows.offset(0);
  };
  const afterCursor = (alias: string) => {
    if (!after) return sql<boolean>`true`;
    const afterDueKey = sql`coalesce(${after.dueAt?.getTime() ?? null}::float8, 'Infinity'::float8)`;
    return sql<boolean>`(-${sql.ref(`${alias}.priority`)}, ${sql.ref(`${alias}.due_key`)}, ${sql.ref(`${alias}.id`)} collate "C") > (-${after.priority}::float8, ${afterDueKey}, ${after.id}::text collate "C")`;
  };

  const ranked = scope.db
    // Each account's share of the priority, computed once per account.
    .with(
      (cte) => cte("b").materialized(),
      (db) => {
        let accounts = db
          .selectFrom("accounts as acc")
          .select(["acc.id", accountPoints.as("points")])
          .where("acc.organization_id", "=", scope.organizationId);
        if (query.ownerAgentId) accounts = accounts.where("acc.owner_agent_id", "=", query.ownerAgentId);
        if (query.accountId) accounts = accounts.where("acc.id", "=", query.accountId);
        return accounts;
      },
    )
    // A lower bound of the page's last priority: the `limit`-th best row among the accounts with the most points.
    .with("seed", (db) =>
      db
        .selectFrom(
          db
            .selectFrom("b")
            .select(["b.id", "b.points"])
            .orderBy("b.points", "desc")
            .limit(query.seedAccounts ?? SEED_ACCOUNTS)
            .as("top"),
        )
        .innerJoinLateral(accountQueue("top").as("s"), (join) => join.onTrue())
        .select("s.priority")
        .where(afterCursor("s"))
        .orderBy("s.priority", "desc")
        .limit(query.limit),
    )
    .with("threshold", (db) =>
      db
        .selectFrom("seed")
        .select(
          sql<number>`case when count(*) < ${sql.lit(query.limit)} then '-Infinity'::float8 else min(seed.priority) end`.as(
            "priority",
          ),
        ),
    )
    // Only accounts whose points plus the most the due date and age can add reach that bound can be on the page.
    .selectFrom("b")
    .innerJoin("threshold", (join) => join.onTrue())
    .innerJoinLateral(accountQueue("b").as("r"), (join) => join.onTrue())
    .select(["r.id", "r.priority", "r.due_key"])
    .where(sql<boolean>`b.points >= threshold.priority - ${sql.lit(MOST_TIME_POINTS)}::float8`)
    .where(afterCursor("r"));

  const page = scope.db
    .selectFrom(ranked.as("r"))
    .selectAll("r")
    .orderBy("r.priority", "desc")
    .orderBy("r.due_key", "asc")
    .orderBy(sql`r.id collate "C"`)
    .limit(query.limit);

  return scope.db
    .selectFrom(page.as("p"))
    .innerJoin("actions as a", "a.id", "p.id")
    .innerJoin("accounts as acc", "acc.id", "a.account_id")
    .innerJoin("milestones as m", "m.id", "a.milestone_id")
    .select([
      "a.id",
      "a.key",
      "a.name",
      "a.type",
      "a.state",
      "a.due_at",
      "a.ready_at",
      "a.draft_failure_reason",
      "a.milestone_id",
      "m.name as milestone_name",
      "a.account_id",
      "acc.name as account_name",
      "acc.arr_minor",
      "acc.arr_currency",
      "acc.risk",
      "acc.owner_agent_id",
      "p.priority",
    ])
    .where("a.organization_id", "=", scope.organizationId)
    .orderBy("p.priority", "desc")
    .orderBy("p.due_key", "asc")
    .orderBy(sql`p.id collate "C"`)
    .execute();
}
