/**
 * The little the machine needs to know about an action. Picked from the domain's action so a loaded `Action`
 * row can be passed as it is, and so the machine cannot depend on anything else.
 */
import { actionSchema } from "@trellis/domain";
import type { z } from "zod";

export const actionSnapshotSchema = actionSchema.pick({ state: true, type: true, dueAt: true });
export type ActionSnapshot = z.infer<typeof actionSnapshotSchema>;
