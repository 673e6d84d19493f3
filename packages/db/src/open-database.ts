import { mkdirSync } from "node:fs";
import { PGlite } from "@electric-sql/pglite";
import { CompiledQuery, Kysely, PostgresDialect, sql } from "kysely";
import pg from "pg";
import { APP_ROLE } from "./app-role.js";
import type { Database, TrellisDb } from "./database.js";
import { migrateToLatest } from "./migrate.js";
import { PGliteDialect } from "./pglite/pglite-dialect.js";

export type DatabaseConfig =
  /** Embedded PostgreSQL persisted to a directory, or `memory://` for tests. */
  | { readonly kind: "pglite"; readonly dataDir: string }
  /** A PostgreSQL server; the URL's user owns the schema and must be allowed to create the app role. */
  | { readonly kind: "postgres"; readonly url: string; readonly maxConnections?: number };

export interface OpenDatabase {
  readonly db: TrellisDb;
  readonly kind: DatabaseConfig["kind"];
  close(): Promise<void>;
}

const INT8_OID = 20;
// ARR and counts are int8; every value we store fits a double exactly (< 2^53).
const parseInt8 = (value: string) => Number(value);

/**
 * Opens the database, runs pending migrations as the owner, then switches every connection to the application
 * role so row-level security applies to everything the application does.
 */
export async function openDatabase(config: DatabaseConfig): Promise<OpenDatabase> {
  if (config.kind === "pglite") return openPGlite(config.dataDir);
  return openPostgres(config.url, config.maxConnections ?? 10);
}

async function openPGlite(dataDir: string): Promise<OpenDatabase> {
  if (!dataDir.includes("://")) mkdirSync(dataDir, { recursive: true });
  const client = await PGlite.create(dataDir, { parsers: { [INT8_OID]: parseInt8 } });
  const db = new Kysely<Database>({ dialect: new PGliteDialect(client) });
  try {
    await migrateToLatest(db as Kysely<unknown>);
    // PGlite's only user is a superuser, which row-level security ignores: drop to the app role for the session.
    await sql`set role ${sql.raw(APP_ROLE)}`.execute(db);
  } catch (error) {
    await db.destroy();
    throw error;
  }
  return { db, kind: "pglite", close: () => db.destroy() };
}

async function openPostgres(url: string, max: number): Promise<OpenDatabase> {
  const migrationDb = new Kysely<unknown>({
    dialect: new PostgresDialect({ pool: new pg.Pool({ connectionString: url, max: 1 }) }),
  });
  try {
    await migrateToLatest(migrationDb);
  } finally {
    await migrationDb.destroy();
  }
  const pool = new pg.Pool({
    connectionString: url,
    max,
    types: {
      getTypeParser: (oid, format) => (oid === INT8_OID ? parseInt8 : pg.types.getTypeParser(oid, format)),
    },
  });
  // An idle connection the server ends (restart, admin termination) is dropped by the pool; unlistened, it would crash the process.
  pool.on("error", () => {});
  const db = new Kysely<Database>({
    dialect: new PostgresDialect({
      pool,
      onCreateConnection: async (connection) => {
        await connection.executeQuery(CompiledQuery.raw(`set role ${APP_ROLE}`));
      },
    }),
  });
  return { db, kind: "postgres", close: () => db.destroy() };
}
