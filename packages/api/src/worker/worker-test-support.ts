/**
 * Shared setup of the worker's database tests: a worker over a test world with chosen senders, jitter fixed at
 * the middle, errors collected instead of printed, and a way to read back an action's deliveries.
 */
import { listHistory, type OutboxRow, withTenant } from "@trellis/db";
import type { HistoryEntry } from "@trellis/domain";
import type { TestWorld } from "../testing/index.js";
import type { DeliverySenders } from "./delivery-sender.js";
import { createWorker, type Worker } from "./worker.js";
import type { WorkerDeps } from "./worker-deps.js";
import type { WorkerOptionsInput } from "./worker-options.js";

export interface TestWorker extends Worker {
  readonly errors: unknown[];
}

/** A worker over the test world's dependencies with these senders; its errors are kept in `errors`. */
export function testWorker(
  world: TestWorld,
  senders: DeliverySenders,
  options: WorkerOptionsInput & Partial<Pick<WorkerDeps, "checkpoint" | "drafting">> = {},
): TestWorker {
  const errors: unknown[] = [];
  const { checkpoint, drafting, ...workerOptions } = options;
  const worker = createWorker(
    {
      ...world.deps,
      drafting: drafting ?? world.deps.drafting,
      senders,
      random: () => 0.5,
      ...(checkpoint ? { checkpoint } : {}),
      onError: (error) => errors.push(error),
    },
    { batchSize: 10, ...workerOptions },
  );
  return Object.assign(worker, { errors });
}

export interface ActionDeliveries {
  readonly outbox: OutboxRow[];
  readonly history: HistoryEntry[];
  readonly state: string;
}

/** An action's outbox rows, history and state, read inside its organization. */
export async function readDeliveries(world: TestWorld, actionId: string): Promise<ActionDeliveries> {
  return withTenant(world.deps.db, world.organizationId, async (scope) => {
    const outbox = await scope.db
      .selectFrom("outbox")
      .selectAll()
      .where("action_id", "=", actionId)
      .execute();
    const action = await scope.db
      .selectFrom("actions")
      .select("state")
      .where("id", "=", actionId)
      .executeTakeFirstOrThrow();
    return { outbox, history: await listHistory(scope, actionId), state: action.state };
  });
}
