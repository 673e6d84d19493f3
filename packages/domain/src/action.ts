import { z } from "zod";
import { actionStateSchema } from "./action-state.js";
import { actionTypeSchema } from "./action-type.js";
import {
  accountIdSchema,
  actionIdSchema,
  draftIdSchema,
  milestoneIdSchema,
  organizationIdSchema,
  playbookTemplateIdSchema,
} from "./ids.js";
import { utcTimestampSchema } from "./time.js";
import { actionKeySchema, triggerSchema } from "./trigger.js";

export const draftFailureSchema = z.object({
  reason: z.string().min(1).describe("why the draft could not be generated, for the agent"),
  at: utcTimestampSchema,
});
export type DraftFailure = z.infer<typeof draftFailureSchema>;

/** One step of an account's implementation: drafted, reviewed by an agent, executed once, then completed. */
export const actionSchema = z.object({
  id: actionIdSchema,
  organizationId: organizationIdSchema,
  accountId: accountIdSchema,
  milestoneId: milestoneIdSchema,
  templateId: playbookTemplateIdSchema
    .nullable()
    .describe("the playbook it came from; null for custom actions"),
  key: actionKeySchema.describe("template action key, or a generated key for custom actions"),
  name: z.string().trim().min(1).max(200),
  type: actionTypeSchema,
  purpose: z.string().max(2_000),
  state: actionStateSchema,
  trigger: triggerSchema,
  blocker: z.boolean(),
  custom: z.boolean().describe("added by an agent rather than instantiated from a template"),
  dueAt: utcTimestampSchema.nullable(),
  triggeredAt: utcTimestampSchema.nullable(),
  currentDraftId: draftIdSchema.nullable(),
  draftFailure: draftFailureSchema.nullable().describe("set while the last draft attempt failed"),
  executedAt: utcTimestampSchema.nullable(),
  completedAt: utcTimestampSchema.nullable(),
  skipReason: z.string().nullable(),
  version: z.number().int().min(1).describe("incremented on every change, for optimistic concurrency"),
  createdAt: utcTimestampSchema,
  updatedAt: utcTimestampSchema,
});
export type Action = z.infer<typeof actionSchema>;
