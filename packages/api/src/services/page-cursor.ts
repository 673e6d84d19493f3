/**
 * Keyset paging cursors: the position after a page's last row, handed to the client as an opaque base64url string
 * and checked with a zod schema when it comes back, so a tampered or stale cursor is a clear BAD_REQUEST.
 */
import type { z } from "zod";
import { DomainFailure } from "../domain-failure.js";

/** Encodes a position for the next page's `cursor` input. */
export function encodeCursor<T>(position: T): string {
  return Buffer.from(JSON.stringify(position), "utf8").toString("base64url");
}

/**
 * Reads a cursor made by `encodeCursor`; throws `VALIDATION_FAILED` when it is not one of this listing.
 *
 * @example
 * const after = cursor ? decodeCursor(cursor, accountsCursorSchema) : null;
 */
export function decodeCursor<S extends z.ZodType>(cursor: string, schema: S): z.infer<S> {
  let raw: unknown;
  try {
    raw = JSON.parse(Buffer.from(cursor, "base64url").toString("utf8"));
  } catch {
    raw = undefined;
  }
  const parsed = schema.safeParse(raw);
  if (!parsed.success) {
    throw new DomainFailure({
      code: "VALIDATION_FAILED",
      message: "The page cursor is not valid for this list; start again from the first page",
    });
  }
  return parsed.data;
}
