import { z } from "zod";

export const MAX_TRIGGER_OFFSET_HOURS = 720;

export const actionKeySchema = z
  .string()
  .regex(/^[a-z][a-z0-9_]*$/, "keys are snake_case")
  .max(64)
  .describe("snake_case key, unique within a playbook or an account");

/** Fires a number of hours after the milestone's or the account's start. */
export const offsetTriggerSchema = z
  .object({
    type: z.literal("offset"),
    anchor: z.enum(["milestone_start", "account_start"]).describe("what the offset counts from"),
    offsetHours: z
      .number()
      .int()
      .min(0)
      .max(MAX_TRIGGER_OFFSET_HOURS)
      .describe("hours after the anchor (0–720)"),
  })
  .describe("fires at a time");
export type OffsetTrigger = z.infer<typeof offsetTriggerSchema>;

export const triggerEventSchema = z.discriminatedUnion("kind", [
  z.object({
    kind: z.literal("action_completed"),
    actionKey: actionKeySchema.describe("the action whose completion fires this one"),
  }),
  z.object({
    kind: z.literal("form_submitted"),
    actionKey: actionKeySchema.describe("the form action whose submission fires this one"),
  }),
  z.object({
    kind: z.literal("workflow_event"),
    name: z
      .string()
      .regex(/^[a-z][a-z0-9_.]*$/, "event names are like payment.failed")
      .max(100)
      .describe("name of the workflow event"),
  }),
]);
export type TriggerEvent = z.infer<typeof triggerEventSchema>;

/** Fires when something happens on the account. */
export const eventTriggerSchema = z
  .object({ type: z.literal("event"), on: triggerEventSchema })
  .describe("fires on an event");
export type EventTrigger = z.infer<typeof eventTriggerSchema>;

/** Fires only when an agent starts it. */
export const manualTriggerSchema = z
  .object({ type: z.literal("manual") })
  .describe("fires when an agent starts it");
export type ManualTrigger = z.infer<typeof manualTriggerSchema>;

export const triggerSchema = z.discriminatedUnion("type", [
  offsetTriggerSchema,
  eventTriggerSchema,
  manualTriggerSchema,
]);
export type Trigger = z.infer<typeof triggerSchema>;

/** The action keys a trigger waits on (empty for time and manual triggers and workflow events). */
export function triggerDependencies(trigger: Trigger): string[] {
  if (trigger.type !== "event") return [];
  return trigger.on.kind === "workflow_event" ? [] : [trigger.on.actionKey];
}
