/**
 * Databases for integration tests: an in-memory PGlite always, and a fresh database on the PostgreSQL server
 * named by TEST_DATABASE_URL when it is set (dropped afterwards). Suites loop over `testDatabaseKinds()`.
 */
import { randomBytes } from "node:crypto";
import pg from "pg";
import { type OpenDatabase, openDatabase } from "../open-database.js";

export type TestDatabaseKind = "pglite" | "postgres";

export function testDatabaseKinds(): TestDatabaseKind[] {
  return process.env.TEST_DATABASE_URL ? ["pglite", "postgres"] : ["pglite"];
}

export interface TestDatabase extends OpenDatabase {
  /** For PostgreSQL, the URL of this test's own database (so other processes can join it). */
  readonly url: string | null;
}

/** `adminUrl`: the PostgreSQL server to create the database on (TEST_DATABASE_URL unless given). */
export async function openTestDatabase(
  kind: TestDatabaseKind,
  adminUrl = process.env.TEST_DATABASE_URL,
): Promise<TestDatabase> {
  if (kind === "pglite")
    return { ...(await openDatabase({ kind: "pglite", dataDir: "memory://" })), url: null };
  if (!adminUrl) throw new Error("TEST_DATABASE_URL is not set");
  const name = `trellis_test_${randomBytes(6).toString("hex")}`;
  const admin = new pg.Client({ connectionString: adminUrl });
  await admin.connect();
  try {
    await admin.query(`create database ${name}`);
  } finally {
    await admin.end();
  }
  const url = new URL(adminUrl);
  url.pathname = `/${name}`;
  const opened = await openDatabase({ kind: "postgres", url: url.toString() });
  return {
    ...opened,
    url: url.toString(),
    close: async () => {
      await opened.close();
      const cleanup = new pg.Client({ connectionString: adminUrl });
      await cleanup.connect();
      try {
        await cleanup.query(`drop database if exists ${name} with (force)`);
      } finally {
        await cleanup.end();
      }
    },
  };
}
