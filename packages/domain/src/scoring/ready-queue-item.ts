import { z } from "zod";
import { riskLevelSchema } from "../account.js";
import { actionIdSchema } from "../ids.js";
import { moneySchema } from "../money.js";
import { utcTimestampSchema } from "../time.js";

/** What the Ready queue (SPEC §B) ranks an action by: its account's ARR and risk, its due date, how long it waited. */
export const readyQueueItemSchema = z
  .object({
    actionId: actionIdSchema,
    arr: moneySchema.describe("annual recurring revenue of the action's account"),
    risk: riskLevelSchema,
    dueAt: utcTimestampSchema.nullable().describe("when the action is due; null when it has no due date"),
    readySince: utcTimestampSchema
      .nullable()
      .describe("when the action became ready (its trigger fired); null when unknown"),
  })
  .describe("an action waiting in the Ready queue, with what its priority depends on");
export type ReadyQueueItem = z.infer<typeof readyQueueItemSchema>;
