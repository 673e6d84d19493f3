/** Input schemas shared by the single-action and the batch commands, so both accept exactly the same values. */
import { z } from "zod";

/** Execution is irreversible: the client says so explicitly (false is refused with CONFIRMATION_REQUIRED). */
export const executeConfirmationSchema = z
  .boolean()
  .describe("the agent confirmed the irreversible execution");

/** The key a retried Execute repeats, so it is answered with the first execution instead of a second one. */
export const executeIdempotencyKeySchema = z
  .string()
  .trim()
  .min(8, "an idempotency key has at least 8 characters")
  .max(200)
  .describe("unique per Execute click, repeated on retries");

export const skipReasonSchema = z.string().trim().min(1, "a skip needs a reason").max(2_000);

/** Any ISO 8601 date-time with a zone (`Z` or an offset), as a Date. */
export const rescheduleToSchema = z.iso
  .datetime({ offset: true })
  .transform((value) => new Date(value))
  .describe("the new due time, ISO 8601 with a time zone");
