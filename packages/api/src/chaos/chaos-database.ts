/**
 * The database a chaos run works on, shared with its worker processes: a fresh PostgreSQL database (next to
 * TEST_DATABASE_URL's) that several processes use at once, or a PGlite directory, which only one process may open
 * at a time, so the script opens it only between worker processes.
 */
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { openDatabase, type TrellisDb } from "@trellis/db";
import { openTestDatabase, type TestDatabase } from "@trellis/db/testing";
import type { ChaosWorkerConfig } from "./chaos-worker-config.js";

export interface ChaosDatabase {
  /** How worker processes connect. */
  readonly config: ChaosWorkerConfig["database"];
  /** Whether several worker processes may run at once. */
  readonly shared: boolean;
  /** Runs `work` with a connection of the script's own. */
  use<T>(work: (db: TrellisDb) => Promise<T>): Promise<T>;
  /** Drops the PostgreSQL database, or removes a PGlite directory the script created. */
  dispose(): Promise<void>;
}

/**
 * @example
 * const database = await openChaosDatabase({ kind: "postgres" }); // needs TEST_DATABASE_URL
 */
export async function openChaosDatabase(
  target: { kind: "postgres" } | { kind: "pglite"; dataDir?: string | undefined },
): Promise<ChaosDatabase> {
  if (target.kind === "postgres") {
    const database: TestDatabase = await openTestDatabase("postgres");
    return {
      config: { kind: "postgres", url: database.url ?? "" },
      shared: true,
      use: (work) => work(database.db),
      dispose: () => database.close(),
    };
  }
  const dataDir = target.dataDir ?? (await mkdtemp(join(tmpdir(), "trellis-chaos-")));
  return {
    config: { kind: "pglite", dataDir },
    shared: false,
    async use(work) {
      const database = await openDatabase({ kind: "pglite", dataDir });
      try {
        return await work(database.db);
      } finally {
        await database.close();
      }
    },
    dispose: async () => {
      if (!target.dataDir) await rm(dataDir, { recursive: true, force: true });
    },
  };
}
