import { z } from "zod";
import { actionIdSchema, agentIdSchema, noteIdSchema, organizationIdSchema } from "./ids.js";
import { utcTimestampSchema } from "./time.js";

/** An internal note on an action. Never shown in the portal or sent to a customer. */
export const noteSchema = z.object({
  id: noteIdSchema,
  organizationId: organizationIdSchema,
  actionId: actionIdSchema,
  authorAgentId: agentIdSchema,
  body: z.string().trim().min(1, "a note cannot be empty").max(10_000),
  createdAt: utcTimestampSchema,
});
export type Note = z.infer<typeof noteSchema>;
