import { z } from "zod";

/**
 * Where an action stands: `pending → ready → review_pending → executed → completed`, or `skipped`.
 * The transitions themselves live in @trellis/lifecycle.
 */
export const actionStateSchema = z
  .enum(["pending", "ready", "review_pending", "executed", "completed", "skipped"])
  .describe("lifecycle state of an action");
export type ActionState = z.infer<typeof actionStateSchema>;
export const ACTION_STATES = actionStateSchema.options;
