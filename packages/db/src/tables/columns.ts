import type { ColumnType, Generated } from "kysely";

/** timestamptz: read as Date, written as Date or ISO string. */
export type Timestamp = ColumnType<Date, Date | string, Date | string>;
/** timestamptz with a database default. */
export type CreatedAt = ColumnType<Date, Date | string | undefined, never>;
/** jsonb holding T: read as T, written as T (serialized by the query module). */
export type Json<T> = ColumnType<T, string, string>;
export type { Generated };
/** timestamptz with a database default that may also be written. */
export type TimestampWithDefault = ColumnType<Date, Date | string | undefined, Date | string>;
