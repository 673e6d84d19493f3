/**
 * Outbox drain: `count` executed email actions, then one worker claiming in batches of `batchSize` with senders
 * that deliver nowhere; deliveries per second from the first claim to the empty outbox (sending, settling and the
 * lifecycle's `deliver_succeeded` included).
 */
import { applyActionEvent, createWorker } from "@trellis/api";
import { createTestAction, createTestWorld } from "@trellis/api/testing";
import { type TrellisDb, withTenant } from "@trellis/db";
import { countingSenders } from "./counting-senders.js";

export interface OutboxDrainFigures {
  readonly deliveries: number;
  readonly seconds: number;
  readonly perSecond: number;
  readonly duplicates: number;
}

export async function benchOutboxDrain(
  db: TrellisDb,
  count: number,
  batchSize = 100,
): Promise<OutboxDrainFigures> {
  const world = await createTestWorld(db, { slug: `bench-drain-${Date.now()}` });
  const agent = { kind: "agent" as const, agentId: world.agent.agentId, name: world.agent.name };
  for (let i = 0; i < count; i++) {
    const actionId = await createTestAction(world, { type: "email", state: "ready" });
    await withTenant(db, world.organizationId, (scope) =>
      applyActionEvent(
        world.deps,
        scope,
        actionId,
        { type: "execute", confirmed: true, idempotencyKey: `drain-${i}` },
        agent,
      ),
    );
  }
  const { senders, messageIds } = countingSenders();
  const worker = createWorker({ ...world.deps, senders }, { batchSize });
  const start = performance.now();
  while ((await worker.tick()).deliveries > 0) {}
  const seconds = (performance.now() - start) / 1000;
  return {
    deliveries: messageIds.length,
    seconds,
    perSecond: messageIds.length / seconds,
    duplicates: messageIds.length - new Set(messageIds).size,
  };
}
