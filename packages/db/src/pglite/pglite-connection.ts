import type { PGlite } from "@electric-sql/pglite";
import type { CompiledQuery, DatabaseConnection, QueryResult } from "kysely";

/** Runs Kysely's compiled queries on a PGlite instance. */
export class PGliteConnection implements DatabaseConnection {
  readonly #client: PGlite;

  constructor(client: PGlite) {
    this.#client = client;
  }

  async executeQuery<R>(compiledQuery: CompiledQuery): Promise<QueryResult<R>> {
    // Without parameters, use the simple protocol so a migration may hold several statements.
    const result =
      compiledQuery.parameters.length === 0
        ? ((await this.#client.exec(compiledQuery.sql)).at(-1) ?? {
            rows: [] as R[],
            affectedRows: 0,
            fields: [],
          })
        : await this.#client.query<R>(compiledQuery.sql, [...compiledQuery.parameters]);
    const affected = result.affectedRows;
    return {
      rows: result.rows as R[],
      ...(affected !== undefined && compiledQuery.query.kind !== "SelectQueryNode"
        ? { numAffectedRows: BigInt(affected) }
        : {}),
    };
  }

  // biome-ignore lint/correctness/useYield: PGlite has no cursors; Kysely's stream() is not supported.
  async *streamQuery<R>(): AsyncIterableIterator<QueryResult<R>> {
    throw new Error("PGlite does not support streaming queries");
  }
}
