/**
 * 100 concurrent Execute calls on one action, each through the real `actions.execute` procedure with its own
 * idempotency key (100 clicks, not one retried click), then the outbox drained: exactly one delivery must come
 * out. Latency is per call, from start to answer (accepted or refused).
 */
import { appRouter, createCallerFactory, createWorker, type TrellisContext } from "@trellis/api";
import { createTestAction, createTestWorld } from "@trellis/api/testing";
import type { TrellisDb } from "@trellis/db";
import { type LatencySummary, summarize } from "../stats.js";
import { countingSenders } from "./counting-senders.js";

export interface ExecuteOnceFigures {
  readonly calls: number;
  readonly accepted: number;
  readonly deliveries: number;
  readonly latency: LatencySummary;
}

export async function benchExecuteOnce(db: TrellisDb, calls = 100): Promise<ExecuteOnceFigures> {
  const world = await createTestWorld(db, { slug: `bench-execute-${Date.now()}` });
  const actionId = await createTestAction(world, { type: "email", state: "ready" });
  const context: TrellisContext = { deps: world.deps, caller: world.agent, requestId: "bench" };
  const caller = createCallerFactory(appRouter)(context);
  const latencies: number[] = [];
  const outcomes = await Promise.allSettled(
    Array.from({ length: calls }, async (_, index) => {
      const start = performance.now();
      try {
        return await caller.actions.execute({
          actionId,
          confirm: true,
          idempotencyKey: `bench-click-${index}`,
        });
      } finally {
        latencies.push(performance.now() - start);
      }
    }),
  );
  const { senders, messageIds } = countingSenders();
  const worker = createWorker({ ...world.deps, senders }, { batchSize: 100 });
  while ((await worker.tick()).deliveries > 0) {}
  return {
    calls,
    accepted: outcomes.filter((outcome) => outcome.status === "fulfilled").length,
    deliveries: messageIds.length,
    latency: summarize(latencies),
  };
}
