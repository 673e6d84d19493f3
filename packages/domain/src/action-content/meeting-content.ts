import { z } from "zod";
import { utcTimestampSchema } from "../time.js";

export const meetingContentSchema = z
  .object({
    type: z.literal("meeting"),
    title: z.string().max(200).describe("meeting title"),
    agenda: z.string().max(10_000).describe("agenda, one topic per line"),
    durationMinutes: z.number().int().min(5).max(480).describe("length in minutes"),
    schedulingLink: z.url().nullable().describe("link to a scheduling page, if slots are not proposed"),
    proposedSlots: z
      .array(utcTimestampSchema)
      .max(20)
      .describe("proposed start times (UTC) the contact can book"),
  })
  .describe("a meeting the contact books");
export type MeetingContent = z.infer<typeof meetingContentSchema>;
