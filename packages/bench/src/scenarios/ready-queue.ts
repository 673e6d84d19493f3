/**
 * Ready queue, first page of 50: the API's query (Kysely builder, cursor, priority components from
 * @trellis/scoring) against a hand-written SQL query returning the same rows in the same order, same run.
 */
import { type AgentCaller, readyQueuePage } from "@trellis/api";
import { type TrellisDb, withTenant } from "@trellis/db";
import type { AgentId, OrganizationId } from "@trellis/domain";
import { sql } from "kysely";
import type { Dataset } from "../dataset.js";
import { type LatencySummary, measure } from "../stats.js";

export interface ReadyQueueFigures {
  readonly api: LatencySummary;
  readonly handWritten: LatencySummary;
  /** api p50 / hand-written p50. */
  readonly ratio: number;
  /** The two queries returned the same ids in the same order. */
  readonly sameRows: boolean;
}

const PAGE = 50;

/**
 * The same page written by hand, the way one would without a query builder (rank every ready action of the
 * organization, then join the display columns of the 50 best): priority = ARR points + risk points + due points + age points, each rounded
 * to cents as `readyQueuePriority` in @trellis/scoring rounds them (the dataset bills in USD), then earlier due
 * date, then id.
 */
function handWrittenFirstPage(db: TrellisDb, organizationId: OrganizationId, now: Date) {
  const nowMs = now.getTime();
  return withTenant(db, organizationId, async (scope) => {
    const result = await sql<{ id: string }>`
      with scored as (
        select q.id, q.due_at, acc.arr_minor, acc.risk, q.ready_at,
          (extract(epoch from q.due_at) * 1000 - ${nowMs}::float8) / 3600000 as hours_left,
          greatest(0, (${nowMs}::float8 - extract(epoch from q.ready_at) * 1000) / 3600000) as hours_ready
        from actions q join accounts acc on acc.id = q.account_id
        where q.organization_id = ${organizationId} and acc.organization_id = ${organizationId}
          and q.state in ('ready', 'review_pending')
      ), page as (
        select id, due_at, floor((
            floor(least(30, 7.5 * log(1 + greatest(0, arr_minor)::float8 / 100 / 1000)) * 100 + 0.5) / 100
            + case risk when 'critical' then 30 when 'high' then 20 when 'medium' then 10 else 0 end
            + case
                when due_at is null then 0
                when hours_left < 0 then floor((20 + 10 * least(1, -hours_left / 168)) * 100 + 0.5) / 100
                when hours_left < 168 then floor(15 * (1 - hours_left / 168) * 100 + 0.5) / 100
                else 0 end
            + case when ready_at is null then 0
                else floor(10 * least(1, hours_ready / 336) * 100 + 0.5) / 100 end
          ) * 100 + 0.5) / 100 as priority
        from scored
        order by priority desc, due_at asc nulls last, id collate "C" asc
        limit ${PAGE}
      )
      select page.id, page.priority, a.key, a.name, a.type, a.state, a.due_at, a.ready_at,
        a.draft_failure_reason, a.milestone_id, m.name as milestone_name, a.account_id,
        acc.name as account_name, acc.arr_minor, acc.arr_currency, acc.risk, acc.owner_agent_id
      from page
        join actions a on a.id = page.id
        join accounts acc on acc.id = a.account_id
        join milestones m on m.id = a.milestone_id
      order by page.priority desc, page.due_at asc nulls last, page.id collate "C" asc
    `.execute(scope.db);
    return result.rows.map((row) => row.id);
  });
}

export async function benchReadyQueue(
  db: TrellisDb,
  dataset: Dataset,
  now: Date,
  iterations: number,
): Promise<ReadyQueueFigures> {
  const agent: AgentCaller = {
    kind: "agent",
    organizationId: dataset.organizationId,
    agentId: dataset.agentId as AgentId,
    name: "Bench Agent",
    role: "admin",
    via: "token",
  };
  const clock = { now: () => now };
  const apiPage = () =>
    withTenant(db, dataset.organizationId, (scope) =>
      readyQueuePage({ clock }, scope, agent, { limit: PAGE }),
    );
  const apiIds = (await apiPage()).items.map((item) => item.actionId);
  const handIds = await handWrittenFirstPage(db, dataset.organizationId, now);
  const api = await measure(apiPage, iterations);
  const handWritten = await measure(() => handWrittenFirstPage(db, dataset.organizationId, now), iterations);
  return {
    api,
    handWritten,
    ratio: api.p50 / handWritten.p50,
    sameRows: apiIds.length === PAGE && apiIds.join() === handIds.join(),
  };
}
