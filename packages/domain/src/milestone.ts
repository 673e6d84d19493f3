import { z } from "zod";
import { accountIdSchema, milestoneIdSchema, organizationIdSchema } from "./ids.js";
import { utcTimestampSchema } from "./time.js";
import { actionKeySchema } from "./trigger.js";

/** A phase of an account's implementation, holding its actions. */
export const milestoneSchema = z.object({
  id: milestoneIdSchema,
  organizationId: organizationIdSchema,
  accountId: accountIdSchema,
  key: actionKeySchema.describe("the template milestone's key, or a generated one"),
  name: z.string().trim().min(1).max(200),
  description: z.string().max(2_000),
  position: z.number().int().min(0).describe("order among the account's milestones"),
  startsAt: utcTimestampSchema,
  completedAt: utcTimestampSchema.nullable(),
  createdAt: utcTimestampSchema,
});
export type Milestone = z.infer<typeof milestoneSchema>;
