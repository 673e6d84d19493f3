import { z } from "zod";
import { customFieldsSchema } from "./custom-fields.js";
import { domainNameSchema } from "./email-address.js";
import { accountIdSchema, agentIdSchema, organizationIdSchema } from "./ids.js";
import { moneySchema } from "./money.js";
import { utcTimestampSchema } from "./time.js";

export const riskLevelSchema = z
  .enum(["low", "medium", "high", "critical"])
  .describe("how likely the account is to churn, as judged by its CSM");
export type RiskLevel = z.infer<typeof riskLevelSchema>;
export const RISK_LEVELS = riskLevelSchema.options;

/** A customer of the organization. */
export const accountSchema = z.object({
  id: accountIdSchema,
  organizationId: organizationIdSchema,
  name: z.string().trim().min(1).max(200).describe("account (company) name"),
  domains: z
    .array(domainNameSchema)
    .max(20)
    .describe("email domains of the account's people; recipients outside them are flagged"),
  arr: moneySchema.describe("annual recurring revenue"),
  risk: riskLevelSchema,
  ownerAgentId: agentIdSchema.nullable().describe("the CSM who owns the account"),
  startedAt: utcTimestampSchema.describe("start of the engagement; time triggers may count from it"),
  customFields: customFieldsSchema.default({}),
  createdAt: utcTimestampSchema,
});
export type Account = z.infer<typeof accountSchema>;
