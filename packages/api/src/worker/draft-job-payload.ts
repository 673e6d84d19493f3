import { z } from "zod";

/** The payload of a `generate_draft` job, as `request_draft` effects and the scheduler write it. */
export const draftJobPayloadSchema = z.object({
  actionId: z.string().min(1),
  instructions: z.string().nullable().default(null),
});
export type DraftJobPayload = z.infer<typeof draftJobPayloadSchema>;
