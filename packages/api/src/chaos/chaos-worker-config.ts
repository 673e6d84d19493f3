/** What the chaos script tells each worker process, through one environment variable holding JSON. */
import { z } from "zod";
import { killPlanSchema } from "./chaos-plan.js";

export const CHAOS_CONFIG_ENV = "TRELLIS_CHAOS_CONFIG";

export const chaosWorkerConfigSchema = z.object({
  database: z.discriminatedUnion("kind", [
    z.object({ kind: z.literal("pglite"), dataDir: z.string().min(1) }),
    z.object({ kind: z.literal("postgres"), url: z.string().min(1) }),
  ]),
  smtpUrl: z.string().min(1),
  organizationId: z.string().min(1),
  agent: z.object({ agentId: z.string().min(1), name: z.string().min(1) }),
  /** Where this process SIGKILLs itself; null for the final process, which drains everything. */
  kill: killPlanSchema.nullable(),
  /** Exit with an error when the work is not done by then. */
  deadlineMs: z.number().int().min(1),
});
export type ChaosWorkerConfig = z.infer<typeof chaosWorkerConfigSchema>;
