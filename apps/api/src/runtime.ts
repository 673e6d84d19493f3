/**
 * What both entry points (the API server and the standalone worker) build from the configuration: the database
 * (migrated on open), the drafting provider and the mail identity, as the application's `AppDeps`.
 */
import { join } from "node:path";
import { type AppDeps, createLocalDocumentStorage } from "@trellis/api";
import { type DatabaseConfig, type OpenDatabase, openDatabase } from "@trellis/db";
import { systemClock } from "@trellis/domain";
import { providerFromEnv } from "@trellis/drafting";
import type { Config } from "./config.js";

export interface Runtime {
  readonly deps: AppDeps;
  readonly database: OpenDatabase;
  close(): Promise<void>;
}

const DEFAULT_MAIL_FROM = "Trellis <csm@trellis.local>";

/** PostgreSQL when DATABASE_URL is set, otherwise PGlite in `<TRELLIS_DATA_DIR>/pglite`. */
export function databaseConfig(config: Config): DatabaseConfig {
  if (config.DATABASE_URL) return { kind: "postgres", url: config.DATABASE_URL };
  return { kind: "pglite", dataDir: join(config.TRELLIS_DATA_DIR, "pglite") };
}

/** Where uploaded documents are kept: UPLOADS_DIR, else `<TRELLIS_DATA_DIR>/uploads` (outside any web root). */
export function uploadsDirectory(config: Config): string {
  return config.UPLOADS_DIR ?? join(config.TRELLIS_DATA_DIR, "uploads");
}

/** The domain of the sender address, which also names generated Message-IDs. */
export function mailIdentity(from: string | undefined): AppDeps["mail"] {
  const sender = from ?? DEFAULT_MAIL_FROM;
  const domain = /@([^>\s]+)>?\s*$/.exec(sender)?.[1] ?? "trellis.local";
  return { from: sender, messageIdDomain: domain };
}

/**
 * Opens the database (running pending migrations) and assembles the application's dependencies.
 *
 * @example
 * const runtime = await openRuntime(loadConfig(process.env));
 * // … serve requests with runtime.deps …
 * await runtime.close();
 */
export async function openRuntime(config: Config): Promise<Runtime> {
  const drafting = providerFromEnv({
    OPENAI_API_KEY: config.OPENAI_API_KEY,
    OPENAI_BASE_URL: config.OPENAI_BASE_URL,
    OPENAI_MODEL: config.OPENAI_MODEL,
    OPENAI_TIMEOUT_MS: config.OPENAI_TIMEOUT_MS?.toString(),
    OPENAI_MAX_RETRIES: config.OPENAI_MAX_RETRIES?.toString(),
    OPENAI_MAX_CONCURRENCY: config.OPENAI_MAX_CONCURRENCY?.toString(),
  });
  const database = await openDatabase(databaseConfig(config));
  return {
    database,
    deps: {
      db: database.db,
      clock: systemClock,
      drafting,
      mail: mailIdentity(config.MAIL_FROM),
      portalUrl: config.PORTAL_URL,
      storage: createLocalDocumentStorage(uploadsDirectory(config)),
    },
    close: () => database.close(),
  };
}
