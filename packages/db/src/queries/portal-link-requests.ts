/**
 * The sign-in link rate limit's records: one row per request and address, across organizations. The check and
 * the record happen in one transaction that holds a lock on the address, so concurrent requests take turns.
 */
import { sql, type Transaction } from "kysely";
import type { Database, TrellisDb } from "../database.js";

/** Records older than this are never read again and may be pruned. */
const KEPT_FOR_MS = 24 * 60 * 60 * 1000;

/**
 * Runs `decide` in a transaction holding the address's lock, with the times of the address's requests since
 * `since` (oldest first). When it returns `record: true` the request is recorded (and records older than a day
 * pruned) in the same transaction; otherwise nothing is written.
 *
 * @example
 * const decision = await withLinkRequests(db, "ana@acme.com", since, now, (times) =>
 *   times.length < 3 ? { record: true } : { record: false },
 * );
 */
export async function withLinkRequests<T extends { readonly record: boolean }>(
  db: TrellisDb,
  email: string,
  since: Date,
  at: Date,
  decide: (requestTimes: Date[]) => T,
): Promise<T> {
  return db.transaction().execute(async (trx) => {
    await sql`select pg_advisory_xact_lock(hashtextextended(${`portal_link_requests:${email}`}, 0))`.execute(
      trx,
    );
    const rows = await trx
      .selectFrom("portal_link_requests")
      .select("requested_at")
      .where("email", "=", email)
      .where("requested_at", ">", since)
      .orderBy("requested_at")
      .execute();
    const decision = decide(rows.map((row) => new Date(row.requested_at)));
    if (decision.record) await recordLinkRequest(trx, email, at);
    return decision;
  });
}

async function recordLinkRequest(trx: Transaction<Database>, email: string, at: Date): Promise<void> {
  await trx.insertInto("portal_link_requests").values({ email, requested_at: at }).execute();
  await trx
    .deleteFrom("portal_link_requests")
    .where("requested_at", "<", new Date(at.getTime() - KEPT_FOR_MS))
    .execute();
}
