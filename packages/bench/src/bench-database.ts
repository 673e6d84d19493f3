/**
 * The databases a benchmark run measures: PGlite persisted to a fresh temporary directory (so the HTTP server
 * process can reopen it), and a fresh database on the PostgreSQL server named by BENCH_DATABASE_URL or
 * TEST_DATABASE_URL, dropped at the end.
 */
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { type DatabaseConfig, type OpenDatabase, openDatabase } from "@trellis/db";
import { openTestDatabase } from "@trellis/db/testing";

export type BenchDatabaseKind = DatabaseConfig["kind"];

export interface BenchDatabase {
  readonly kind: BenchDatabaseKind;
  /** How another process opens the same data. */
  readonly config: DatabaseConfig;
  open(): Promise<OpenDatabase>;
  /** Removes the data for good. */
  destroy(): Promise<void>;
}

export function postgresServerUrl(): string | null {
  return process.env.BENCH_DATABASE_URL ?? process.env.TEST_DATABASE_URL ?? null;
}

export async function createBenchDatabase(kind: BenchDatabaseKind): Promise<BenchDatabase> {
  if (kind === "pglite") {
    const dataDir = mkdtempSync(join(tmpdir(), "trellis-bench-"));
    const config: DatabaseConfig = { kind: "pglite", dataDir };
    return {
      kind,
      config,
      open: () => openDatabase(config),
      destroy: async () => rmSync(dataDir, { recursive: true, force: true }),
    };
  }
  const serverUrl = postgresServerUrl();
  if (!serverUrl) throw new Error("Set BENCH_DATABASE_URL (or TEST_DATABASE_URL) to bench PostgreSQL");
  // A fresh database: its owner handle stays open only to drop it at the end.
  const created = await openTestDatabase("postgres", serverUrl);
  const url = created.url ?? "";
  const config: DatabaseConfig = { kind: "postgres", url, maxConnections: 20 };
  return {
    kind,
    config,
    open: () => openDatabase(config),
    destroy: () => created.close(),
  };
}
