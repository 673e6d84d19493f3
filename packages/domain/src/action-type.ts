import { z } from "zod";

export const actionTypeSchema = z
  .enum(["email", "form", "document", "meeting", "slack", "manual"])
  .describe("what the action does when executed");
export type ActionType = z.infer<typeof actionTypeSchema>;
export const ACTION_TYPES = actionTypeSchema.options;
