/**
 * A batch command of the Ready queue as the form posts it (`intent`, repeated `actionId`, and the intent's field),
 * checked with the same limits as the API's batch procedures, so a bad selection is answered without a round trip.
 */
import type { RouterOutputs } from "@trellis/client";
import { actionIdSchema } from "@trellis/domain";
import { z } from "zod";

/** The API's batch limit (MAX_BATCH_SIZE). */
export const MAX_BATCH_SELECTION = 100;

const actionIdsSchema = z
  .array(actionIdSchema)
  .min(1, "Select at least one action.")
  .max(MAX_BATCH_SELECTION, `Select at most ${MAX_BATCH_SELECTION} actions.`);

export const batchCommandSchema = z.discriminatedUnion("intent", [
  z.object({
    intent: z.literal("execute"),
    actionIds: actionIdsSchema,
    idempotencyKey: z.string().min(8).max(160),
  }),
  z.object({
    intent: z.literal("skip"),
    actionIds: actionIdsSchema,
    reason: z.string().trim().min(1, "Give a reason for skipping.").max(2_000),
  }),
  z.object({
    intent: z.literal("reschedule"),
    actionIds: actionIdsSchema,
    to: z.iso.datetime({ offset: true, message: "Choose a valid new due date." }),
  }),
]);
export type BatchCommand = z.infer<typeof batchCommandSchema>;
export type BatchIntent = BatchCommand["intent"];

export type BatchItemResult = RouterOutputs["batch"]["execute"][number];

/** What the route action answers: each item's result, or why the whole batch was refused. */
export type BatchOutcome =
  | { readonly intent: BatchIntent; readonly results: BatchItemResult[] }
  | { readonly intent: BatchIntent | null; readonly error: string };

/** Parses the posted form into a command, or the first problem as a sentence for the agent. */
export function batchCommandFromForm(
  form: FormData,
): { ok: true; command: BatchCommand } | { ok: false; error: string; intent: BatchIntent | null } {
  const raw = {
    intent: form.get("intent"),
    actionIds: form.getAll("actionId"),
    idempotencyKey: form.get("idempotencyKey") ?? undefined,
    reason: form.get("reason") ?? undefined,
    to: form.get("to") ?? undefined,
  };
  const parsed = batchCommandSchema.safeParse(raw);
  if (parsed.success) return { ok: true, command: parsed.data };
  const intent = z.enum(["execute", "skip", "reschedule"]).safeParse(raw.intent);
  return {
    ok: false,
    error: parsed.error.issues[0]?.message ?? "The batch was not valid.",
    intent: intent.success ? intent.data : null,
  };
}
