/**
 * One chaos worker process (run with tsx by the chaos script): like an API process and a worker in one, it
 * executes the organization's ready actions the way an agent would (idempotency key per action) and runs worker
 * ticks that deliver them by SMTP. It SIGKILLs itself at its kill point; without one it runs until every action
 * is executed and every delivery settled, then exits 0.
 */
import { tmpdir } from "node:os";
import { join } from "node:path";
import { openDatabase, type TrellisDb, withTenant } from "@trellis/db";
import { type ActionId, type Actor, type AgentId, type OrganizationId, systemClock } from "@trellis/domain";
import { createOfflineProvider } from "@trellis/drafting";
import type { AppDeps } from "../deps.js";
import { applyActionEvent } from "../services/apply-action-event.js";
import { createLocalDocumentStorage } from "../storage/local-document-storage.js";
import { createDeliverySenders } from "../worker/delivery-senders.js";
import { createWorker } from "../worker/worker.js";
import type { KillPoint } from "./chaos-plan.js";
import { CHAOS_CONFIG_ENV, type ChaosWorkerConfig, chaosWorkerConfigSchema } from "./chaos-worker-config.js";

const EXECUTIONS_PER_ROUND = 2;
const IDLE_PAUSE_MS = 100;

const config = chaosWorkerConfigSchema.parse(JSON.parse(process.env[CHAOS_CONFIG_ENV] ?? "null"));
const reached = new Map<KillPoint, number>();

/** Dies here if this is the planned point and occurrence: SIGKILL, so nothing after it runs, not even cleanup. */
function checkpoint(point: string): void {
  if (!config.kill || config.kill.point !== point) return;
  const count = (reached.get(config.kill.point) ?? 0) + 1;
  reached.set(config.kill.point, count);
  if (count >= config.kill.occurrence) process.kill(process.pid, "SIGKILL");
}

async function executeReadyActions(
  deps: AppDeps,
  organizationId: OrganizationId,
  agent: Actor,
): Promise<number> {
  const ready = await withTenant(deps.db, organizationId, (scope) =>
    scope.db
      .selectFrom("actions")
      .select("id")
      .where("organization_id", "=", organizationId)
      .where("state", "=", "ready")
      .orderBy("id")
      .limit(EXECUTIONS_PER_ROUND)
      .execute(),
  );
  for (const { id } of ready) {
    const actionId = id as ActionId;
    try {
      await withTenant(deps.db, organizationId, async (scope) => {
        // The same key as any earlier click: a retry after a crash replays instead of executing twice.
        const event = { type: "execute" as const, confirmed: true, idempotencyKey: `chaos:${actionId}` };
        await applyActionEvent(deps, scope, actionId, event, agent);
        checkpoint("execute_committing");
      });
      checkpoint("executed");
    } catch {
      // Another process executed it first; its delivery is the one that counts.
    }
  }
  return ready.length;
}

async function workLeft(db: TrellisDb, organizationId: OrganizationId): Promise<boolean> {
  return withTenant(db, organizationId, async (scope) => {
    const ready = await scope.db
      .selectFrom("actions")
      .select("id")
      .where("organization_id", "=", organizationId)
      .where("state", "=", "ready")
      .limit(1)
      .executeTakeFirst();
    const unsettled = await scope.db
      .selectFrom("outbox")
      .select("id")
      .where("organization_id", "=", organizationId)
      .where("status", "in", ["pending", "sending"])
      .limit(1)
      .executeTakeFirst();
    return ready !== undefined || unsettled !== undefined;
  });
}

async function main(settings: ChaosWorkerConfig): Promise<void> {
  const database = await openDatabase(settings.database);
  const organizationId = settings.organizationId as OrganizationId;
  const agent: Actor = {
    kind: "agent",
    agentId: settings.agent.agentId as AgentId,
    name: settings.agent.name,
  };
  const deps: AppDeps = {
    db: database.db,
    clock: systemClock,
    drafting: createOfflineProvider(),
    mail: { from: "Chaos <chaos@trellis.test>", messageIdDomain: "chaos.trellis.test" },
    portalUrl: "http://portal.chaos.trellis.test",
    storage: createLocalDocumentStorage(join(tmpdir(), "trellis-chaos-uploads")),
  };
  const worker = createWorker(
    {
      ...deps,
      senders: createDeliverySenders(database.db, systemClock, {
        smtpUrl: settings.smtpUrl,
        portalUrl: deps.portalUrl,
      }),
      checkpoint,
      onError: (error, where) => console.error(`chaos worker: ${where}:`, error),
    },
    // A short lease so that what a killed process held comes back within a second.
    { batchSize: 5, deliveryLeaseSeconds: 1 },
  );
  const deadline = Date.now() + settings.deadlineMs;
  while (await workLeft(database.db, organizationId)) {
    if (Date.now() > deadline) throw new Error("the work was not done before the deadline");
    const executed = await executeReadyActions(deps, organizationId, agent);
    const { deliveries } = await worker.tick();
    if (executed === 0 && deliveries === 0)
      await new Promise((resolve) => setTimeout(resolve, IDLE_PAUSE_MS));
  }
  await database.close();
}

main(config).then(
  () => process.exit(0),
  (error: unknown) => {
    console.error(error);
    process.exit(2);
  },
);
