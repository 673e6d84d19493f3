/**
 * What a drafting provider is asked to write: the action's brief (from its template or a custom action) and the
 * customer context it is written for. Built from domain schemas so the API can validate a request at its edge.
 */
import {
  type ActionType,
  accountSchema,
  actionContentSchema,
  actionTemplateSchema,
  agentSchema,
  contactSchema,
  milestoneSchema,
  utcTimestampSchema,
} from "@trellis/domain";
import { z } from "zod";

/** The brief of the action to draft: a template action's key, name, type, purpose and optional starting content. */
export const actionBriefSchema = z
  .object({
    key: actionTemplateSchema.shape.key,
    name: actionTemplateSchema.shape.name,
    type: actionTemplateSchema.shape.type,
    purpose: actionTemplateSchema.shape.purpose,
    content: actionContentSchema
      .nullable()
      .default(null)
      .describe("starting content from the template, with {{variables}} kept for send time"),
  })
  .superRefine((brief, ctx) => {
    if (brief.content && brief.content.type !== brief.type) {
      ctx.addIssue({
        code: "custom",
        path: ["content", "type"],
        message: `content is ${brief.content.type} but the action is ${brief.type}`,
      });
    }
  })
  .describe("the action to draft");
export type ActionBrief = z.infer<typeof actionBriefSchema>;

/** One line of the account's recent timeline, kept short: it is context, not a transcript. */
export const timelineItemSchema = z
  .object({
    at: utcTimestampSchema,
    summary: z
      .string()
      .trim()
      .min(1)
      .max(500)
      .describe("what happened, e.g. 'Ana submitted the kickoff form'"),
  })
  .describe("a recent activity on the account");
export type TimelineItem = z.infer<typeof timelineItemSchema>;

/** Everything known about the customer when the draft is written. All of it is data, never instructions. */
export const draftContextSchema = z
  .object({
    account: accountSchema,
    contacts: z.array(contactSchema).max(50).describe("the account's contacts, primary first"),
    agent: agentSchema.describe("the CSM the draft is written for and signed by"),
    milestone: milestoneSchema.describe("the milestone the action belongs to"),
    recentActivity: z.array(timelineItemSchema).max(50).default([]),
    notes: z
      .array(z.string().trim().min(1).max(2_000))
      .max(20)
      .default([])
      .describe(
        "internal notes on the account or action: background for the draft, never quoted to the customer",
      ),
  })
  .describe("customer context of a draft");
export type DraftContext = z.infer<typeof draftContextSchema>;

/**
 * A request for one draft. `instructions` are the agent's regenerate instructions: a regeneration sends the same
 * context plus them, and never an earlier attempt (the product promises regeneration does not remember).
 * `now` is injected (time is never read ad hoc) and anchors anything time-dependent, such as proposed meeting slots.
 */
export const draftRequestSchema = z.object({
  action: actionBriefSchema,
  context: draftContextSchema,
  instructions: z
    .string()
    .trim()
    .min(1)
    .max(2_000)
    .nullable()
    .default(null)
    .describe("the agent's regenerate instructions"),
  now: utcTimestampSchema.describe("the current time, from the caller's clock"),
});
export type DraftRequest = z.infer<typeof draftRequestSchema>;
/** The request's input shape (defaults not yet applied), for callers building one by hand. */
export type DraftRequestInput = z.input<typeof draftRequestSchema>;

/** A request whose action type is known statically, so the result's content type follows from it. */
export type DraftRequestOf<T extends ActionType> = DraftRequest & {
  readonly action: ActionBrief & { readonly type: T };
};
