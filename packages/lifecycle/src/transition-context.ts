/**
 * What the service knows when it applies an event: who sends it, the time (injected, never read here), and
 * the state of the current draft as computed by the draft linter.
 */
import { actorSchema, draftProblemSchema, utcTimestampSchema } from "@trellis/domain";
import { z } from "zod";

export const transitionContextSchema = z.object({
  actor: actorSchema.describe("who sends the event"),
  now: utcTimestampSchema.describe("when it happens; becomes the history entry's time"),
  hasDraft: z.boolean().describe("the action has a current draft"),
  draftProblems: z.array(draftProblemSchema).describe("the linter's findings on the current draft"),
});
export type TransitionContext = z.infer<typeof transitionContextSchema>;
