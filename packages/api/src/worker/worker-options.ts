/** How a worker runs: its id, how often it polls, how much it claims at once and how it retries. */
import { hostname } from "node:os";
import { z } from "zod";

const backoffSchema = z.object({
  baseMs: z.number().int().min(1).describe("delay before the first retry, before jitter"),
  maxMs: z.number().int().min(1).describe("longest delay between retries"),
});

export const workerOptionsSchema = z.object({
  id: z
    .string()
    .min(1)
    .max(200)
    .default(() => `worker-${hostname()}-${process.pid}-${Math.random().toString(36).slice(2, 8)}`)
    .describe("who holds a claim; unique per worker process"),
  pollIntervalMs: z
    .number()
    .int()
    .min(1)
    .default(1_000)
    .describe("pause between ticks when there was no work"),
  batchSize: z.number().int().min(1).max(1_000).default(20).describe("rows claimed per loop and tick"),
  deliveryLeaseSeconds: z
    .number()
    .int()
    .min(1)
    .default(120)
    .describe(
      "how long a claimed delivery is this worker's (longer than a slow SMTP exchange); after that it is " +
        "reclaimed as outcome unknown",
    ),
  jobLeaseSeconds: z
    .number()
    .int()
    .min(1)
    .default(300)
    .describe("how long a claimed job is this worker's; covers the drafting provider's own retries"),
  deliveryBackoff: backoffSchema.default({ baseMs: 10_000, maxMs: 15 * 60_000 }),
  jobBackoff: backoffSchema.default({ baseMs: 5_000, maxMs: 5 * 60_000 }),
});
export type WorkerOptions = z.infer<typeof workerOptionsSchema>;
export type WorkerOptionsInput = z.input<typeof workerOptionsSchema>;
