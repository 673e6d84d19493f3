/**
 * Where the chaos script kills a worker process: a point of execute → send → mark-sent and which occurrence of it,
 * drawn from a seeded generator so a failing run can be replayed with the same `--seed`.
 */
import { z } from "zod";

export const KILL_POINTS = [
  /** Inside the execute transaction, before it commits: the execution must vanish entirely. */
  "execute_committing",
  /** Right after the execute transaction committed: the delivery must still go out. */
  "executed",
  /** After claiming a delivery, before sending it. */
  "delivery_claimed",
  /** After the receiver accepted the message, before the outbox knows: re-sent with the same Message-ID. */
  "delivery_sent",
  /** After marking it sent. */
  "delivery_settled",
] as const;
export const killPointSchema = z.enum(KILL_POINTS);
export type KillPoint = z.infer<typeof killPointSchema>;

export const killPlanSchema = z.object({
  point: killPointSchema,
  /** Die when the point is reached for the n-th time in this process. */
  occurrence: z.number().int().min(1),
});
export type KillPlan = z.infer<typeof killPlanSchema>;

const MAX_OCCURRENCE = 3;

/** A random kill plan. */
export function pickKillPlan(random: () => number): KillPlan {
  const point = KILL_POINTS[Math.floor(random() * KILL_POINTS.length)] ?? "delivery_sent";
  return { point, occurrence: 1 + Math.floor(random() * MAX_OCCURRENCE) };
}

/**
 * A small seeded generator (mulberry32), enough to make a chaos run repeatable.
 *
 * @example
 * const random = seededRandom(42);
 * random(); // the same sequence in every run
 */
export function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
}
