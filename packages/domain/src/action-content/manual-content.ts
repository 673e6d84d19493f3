import { z } from "zod";

export const manualContentSchema = z
  .object({
    type: z.literal("manual"),
    description: z.string().max(10_000).describe("the task the agent does by hand"),
  })
  .describe("a task for the agent; nothing is sent");
export type ManualContent = z.infer<typeof manualContentSchema>;
