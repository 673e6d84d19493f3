/**
 * The chaos run: worker processes execute and deliver email actions against a receiver that deduplicates by
 * Message-ID, and each is SIGKILLed at a random point of execute → send → mark-sent, then replaced; a last process
 * drains everything, and the run reports duplicates and losses (both must be 0).
 */
import { spawn } from "node:child_process";
import { fileURLToPath } from "node:url";
import { type TrellisDb, withTenant } from "@trellis/db";
import type { NotNull } from "kysely";
import { createTestAction, createTestWorld, type TestWorld } from "../testing/index.js";
import { openChaosDatabase } from "./chaos-database.js";
import { type KillPlan, type KillPoint, pickKillPlan, seededRandom } from "./chaos-plan.js";
import { type ChaosReport, chaosReport } from "./chaos-report.js";
import { CHAOS_CONFIG_ENV, type ChaosWorkerConfig } from "./chaos-worker-config.js";
import { startSmtpReceiver } from "./smtp-receiver.js";

export interface ChaosOptions {
  /** How many worker processes to kill. */
  readonly kills: number;
  readonly seed: number;
  readonly database: { kind: "postgres" } | { kind: "pglite"; dataDir?: string | undefined };
  /** Worker processes alive at once (PostgreSQL only; PGlite allows one). */
  readonly concurrency: number;
  readonly log: (line: string) => void;
}

const PACKAGE_DIR = fileURLToPath(new URL("../..", import.meta.url));
const WORKER_ENTRY = fileURLToPath(new URL("./chaos-worker-process.ts", import.meta.url));
const TOP_UP_ACTIONS = 10;
const WORKER_DEADLINE_MS = 120_000;

interface WorkerExit {
  readonly killed: boolean;
  readonly code: number | null;
  readonly stderr: string;
}

/** Runs the chaos scenario and reports what the receiver got; throws if a worker process fails unexpectedly. */
export async function runChaos(options: ChaosOptions): Promise<ChaosReport> {
  const random = seededRandom(options.seed);
  const receiver = await startSmtpReceiver();
  const database = await openChaosDatabase(options.database);
  try {
    const world = await database.use((db) => createTestWorld(db));
    const actionIds: string[] = [];
    const addActions = async (count: number) => {
      const created = await database.use(async (db) => {
        const ids: string[] = [];
        for (let index = 0; index < count; index++) {
          ids.push(await createTestAction(onDatabase(world, db), { type: "email", state: "ready" }));
        }
        return ids;
      });
      actionIds.push(...created);
    };
    await addActions(Math.ceil(options.kills * 1.5) + TOP_UP_ACTIONS);

    const baseConfig = {
      database: database.config,
      smtpUrl: receiver.url,
      organizationId: world.organizationId,
      agent: { agentId: world.agent.agentId, name: world.agent.name },
      deadlineMs: WORKER_DEADLINE_MS,
    };
    const kills = new Map<KillPoint, number>();
    let killed = 0;
    const slot = async () => {
      while (killed < options.kills) {
        const plan: KillPlan = pickKillPlan(random);
        const exit = await runWorkerProcess({ ...baseConfig, kill: plan });
        if (exit.killed) {
          killed++;
          kills.set(plan.point, (kills.get(plan.point) ?? 0) + 1);
          if (killed % 10 === 0) options.log(`  ${killed}/${options.kills} worker processes killed`);
        } else if (exit.code === 0) {
          await addActions(TOP_UP_ACTIONS);
        } else {
          throw new Error(`a chaos worker exited with ${exit.code}:\n${exit.stderr}`);
        }
      }
    };
    const slots = database.shared ? Math.max(1, options.concurrency) : 1;
    await Promise.all(Array.from({ length: slots }, slot));

    const drain = await runWorkerProcess({ ...baseConfig, kill: null });
    if (drain.killed || drain.code !== 0) {
      throw new Error(`the draining worker exited with ${drain.code}:\n${drain.stderr}`);
    }

    const observed = await database.use((db) => observe(db, world, actionIds));
    return chaosReport({ ...observed, arrivals: receiver.arrivals(), kills });
  } finally {
    await receiver.close();
    await database.dispose();
  }
}

function onDatabase(world: TestWorld, db: TrellisDb): TestWorld {
  return { ...world, deps: { ...world.deps, db } };
}

async function observe(db: TrellisDb, world: TestWorld, actionIds: string[]) {
  // The script reads as the application does, inside the organization.
  return withTenant(db, world.organizationId, async (scope) => {
    const actions = await scope.db
      .selectFrom("actions")
      .select(["id", "state"])
      .where("id", "in", actionIds)
      .execute();
    const deliveries = await scope.db
      .selectFrom("outbox")
      .select(["action_id", "message_id", "status", "outcome_unknown"])
      .where("action_id", "in", actionIds)
      .$narrowType<{ action_id: NotNull }>()
      .execute();
    return {
      actions,
      deliveries: deliveries.map((row) => ({
        actionId: row.action_id,
        messageId: row.message_id,
        status: row.status,
        outcomeUnknown: row.outcome_unknown,
      })),
    };
  });
}

function runWorkerProcess(config: ChaosWorkerConfig): Promise<WorkerExit> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ["--import", "tsx", WORKER_ENTRY], {
      cwd: PACKAGE_DIR,
      env: { ...process.env, [CHAOS_CONFIG_ENV]: JSON.stringify(config) },
      stdio: ["ignore", "ignore", "pipe"],
    });
    let stderr = "";
    child.stderr.on("data", (chunk: Buffer) => {
      stderr += chunk.toString("utf8");
    });
    child.on("error", reject);
    child.on("exit", (code, signal) => resolve({ killed: signal === "SIGKILL", code, stderr }));
  });
}
