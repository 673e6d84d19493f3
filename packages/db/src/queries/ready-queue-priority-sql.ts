/**
 * The Ready-queue priority of @trellis/scoring's `readyQueuePriority`, written as one SQL expression so the
 * database orders and pages the queue. Every step is the same IEEE double operation in the same order as the
 * TypeScript (`float8` throughout, times as integer milliseconds, half-up rounding to two decimals), so both give
 * the same number and the same order; a test over both databases holds them together.
 */
import { minorUnitDigits } from "@trellis/domain";
import { type RawBuilder, sql } from "kysely";

const HOUR_MS = 3_600_000;
const DUE_SOON_HOURS = 7 * 24;
const OVERDUE_FULL_HOURS = 7 * 24;
const AGE_FULL_HOURS = 14 * 24;

/**
 * Epoch milliseconds as float8, exactly as the `Date` the driver reads (which drops microseconds) gives them.
 * date_part is float8 seconds; rounding the product restores the exact integer millisecond, without the cost of
 * extract's numeric arithmetic on every row.
 */
export function epochMilliseconds(column: string): RawBuilder<number | null> {
  return sql<
    number | null
  >`round(date_part('epoch', date_trunc('milliseconds', ${sql.ref(column)})) * 1000::float8)`;
}

/** `Math.round(x * 100) / 100` of scoring's `roundTo(x, 2)`: half up, where SQL's `round(float8)` is half even. */
function roundTwoDecimals(value: RawBuilder<number>): RawBuilder<number> {
  return sql<number>`(floor((${value}) * 100::float8 + 0.5::float8) / 100::float8)`;
}

let currencyLists: { zeroDigits: string[]; threeDigits: string[] } | undefined;

/**
 * `10 ** minorUnitDigits(currency)` for an ISO currency column: the currencies whose minor unit is not 2 digits
 * (JPY 0, KWD 3, …) as Intl knows them, so SQL and TypeScript agree on what a "major unit" of ARR is. The lists
 * are constant arrays, which PostgreSQL matches with a hash rather than one comparison per currency.
 */
function minorUnitFactor(currencyColumn: string): RawBuilder<number> {
  if (!currencyLists) {
    const codes = Intl.supportedValuesOf("currency").filter((code) => /^[A-Z]{3}$/.test(code));
    currencyLists = {
      zeroDigits: codes.filter((code) => minorUnitDigits(code) === 0),
      threeDigits: codes.filter((code) => minorUnitDigits(code) === 3),
    };
  }
  const list = (codes: string[]) => sql.raw(`array[${codes.map((code) => `'${code}'`).join(",")}]::text[]`);
  const currency = sql`${sql.ref(currencyColumn)}::text`;
  return sql<number>`(case when ${currency} = any(${list(currencyLists.zeroDigits)}) then 1::float8
    when ${currency} = any(${list(currencyLists.threeDigits)}) then 1000::float8 else 100::float8 end)`;
}

/** Columns of `accounts` the account's share of the priority depends on. */
export interface ReadyQueueAccountColumns {
  readonly arrMinor: string;
  readonly arrCurrency: string;
  readonly risk: string;
}

/**
 * An account's share of the priority, the same for all its actions: ARR points `min(30, 7.5 × log10(1 + major /
 * 1,000))` (rounded, in major units of its own currency) plus risk points, added in the order scoring adds them.
 */
export function readyQueueAccountPointsSql(columns: ReadyQueueAccountColumns): RawBuilder<number> {
  const major = sql<number>`(greatest(0, ${sql.ref(columns.arrMinor)})::float8 / ${minorUnitFactor(columns.arrCurrency)})`;
  const arr = roundTwoDecimals(
    sql<number>`least(30::float8, 7.5::float8 * log(1::float8 + ${major} / 1000::float8))`,
  );
  const risk = sql<number>`(case ${sql.ref(columns.risk)}
    when 'critical' then 30::float8 when 'high' then 20::float8 when 'medium' then 10::float8 else 0::float8 end)`;
  return sql<number>`(${arr} + ${risk})`;
}

/** Overdue 20–30, due within a week 0–15, later or no due date 0. */
function duePoints(dueAt: string, nowMs: number): RawBuilder<number> {
  const hoursLeft = sql<number>`((${epochMilliseconds(dueAt)} - ${sql.lit(nowMs)}::float8) / ${sql.lit(HOUR_MS)}::float8)`;
  return sql<number>`(case
    when ${sql.ref(dueAt)} is null then 0::float8
    when ${hoursLeft} < 0 then ${roundTwoDecimals(
      sql`20::float8 + 10::float8 * least(1::float8, -${hoursLeft} / ${sql.lit(OVERDUE_FULL_HOURS)}::float8)`,
    )}
    when ${hoursLeft} < ${sql.lit(DUE_SOON_HOURS)}::float8 then ${roundTwoDecimals(
      sql`15::float8 * (1::float8 - ${hoursLeft} / ${sql.lit(DUE_SOON_HOURS)}::float8)`,
    )}
    else 0::float8 end)`;
}

/** `10 × min(1, days ready / 14)`; nothing when the ready time is unknown. */
function agePoints(readyAt: string, nowMs: number): RawBuilder<number> {
  const hours = sql<number>`greatest(0::float8, (${sql.lit(nowMs)}::float8 - ${epochMilliseconds(readyAt)}) / ${sql.lit(HOUR_MS)}::float8)`;
  return sql<number>`(case
    when ${sql.ref(readyAt)} is null then 0::float8
    else ${roundTwoDecimals(
      sql`10::float8 * least(1::float8, greatest(0::float8, ${hours} / ${sql.lit(AGE_FULL_HOURS)}::float8))`,
    )} end)`;
}

/** Where the expression reads: the account's points (`readyQueueAccountPointsSql`) and the action's times. */
export interface ReadyQueuePriorityColumns {
  readonly accountPoints: string;
  readonly dueAt: string;
  readonly readyAt: string;
}

/**
 * The priority (0–100, two decimals) at `now` as a float8 SQL expression: account points + due + age, summed in
 * that order and rounded as `readyQueuePriority` does. `now` is inlined as a literal (an integer), so the planner
 * sees one constant.
 *
 * @example
 * db.selectFrom("actions as a")
 *   .innerJoin(accountPoints.as("b"), "b.id", "a.account_id")
 *   .select(readyQueuePrioritySql({ accountPoints: "b.points", dueAt: "a.due_at", readyAt: "a.ready_at" }, now).as("priority"));
 */
export function readyQueuePrioritySql(columns: ReadyQueuePriorityColumns, now: Date): RawBuilder<number> {
  const nowMs = now.getTime();
  return roundTwoDecimals(
    sql<number>`${sql.ref(columns.accountPoints)} + ${duePoints(columns.dueAt, nowMs)} + ${agePoints(columns.readyAt, nowMs)}`,
  );
}
