import { z } from "zod";
import { utcTimestampSchema } from "./time.js";

/** What a contact did in answer to an executed action. */
export const customerResponseSchema = z.discriminatedUnion("kind", [
  z.object({ kind: z.literal("form_submitted") }),
  z.object({
    kind: z.literal("document_uploaded"),
    documentKey: z.string(),
    allRequiredReceived: z.boolean().describe("every required document of the request is now in"),
  }),
  z.object({ kind: z.literal("meeting_booked"), startsAt: utcTimestampSchema }),
  z.object({ kind: z.literal("replied") }),
]);
export type CustomerResponse = z.infer<typeof customerResponseSchema>;
