import { z } from "zod";
import { emailAddressSchema } from "./email-address.js";
import { agentIdSchema, organizationIdSchema } from "./ids.js";
import { timeZoneSchema, utcTimestampSchema } from "./time.js";

export const agentRoleSchema = z
  .enum(["agent", "admin"])
  .describe("agent: works accounts; admin: also edits templates");
export type AgentRole = z.infer<typeof agentRoleSchema>;

/** A customer success manager (CSM) of the organization. */
export const agentSchema = z.object({
  id: agentIdSchema,
  organizationId: organizationIdSchema,
  name: z.string().trim().min(1).max(200).describe("full name"),
  email: emailAddressSchema,
  role: agentRoleSchema,
  timeZone: timeZoneSchema.default("UTC"),
  createdAt: utcTimestampSchema,
});
export type Agent = z.infer<typeof agentSchema>;
