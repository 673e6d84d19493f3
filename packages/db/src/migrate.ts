import { type Kysely, type Migration, type MigrationProvider, Migrator } from "kysely";
import * as coreSchema from "./migrations/0001-core-schema.js";
import * as crossTenantFunctions from "./migrations/0002-cross-tenant-functions.js";
import * as readyQueueIndexes from "./migrations/0003-ready-queue-indexes.js";
import * as worker from "./migrations/0004-worker.js";
import * as auth from "./migrations/0005-auth.js";
import * as tokenUseThrottle from "./migrations/0006-token-use-throttle.js";
import * as portal from "./migrations/0007-portal.js";
import * as healthSnapshots from "./migrations/0008-health-snapshots.js";

/** Forward-only: migrations are listed here in order and never edited once released. */
const MIGRATIONS: Record<string, Migration> = {
  "0001-core-schema": coreSchema,
  "0002-cross-tenant-functions": crossTenantFunctions,
  "0003-ready-queue-indexes": readyQueueIndexes,
  "0004-worker": worker,
  "0005-auth": auth,
  "0006-token-use-throttle": tokenUseThrottle,
  "0007-portal": portal,
  "0008-health-snapshots": healthSnapshots,
};

const provider: MigrationProvider = { getMigrations: async () => MIGRATIONS };

/** Brings the schema up to date; throws with the failing migration's name and error. */
export async function migrateToLatest(db: Kysely<unknown>): Promise<string[]> {
  const migrator = new Migrator({ db, provider, allowUnorderedMigrations: false });
  const { error, results = [] } = await migrator.migrateToLatest();
  const failed = results.find((result) => result.status === "Error");
  if (error || failed) {
    const cause = error instanceof Error ? error.message : String(error ?? "unknown error");
    throw new Error(`Migration ${failed?.migrationName ?? "(setup)"} failed: ${cause}`, { cause: error });
  }
  return results.map((result) => result.migrationName);
}
