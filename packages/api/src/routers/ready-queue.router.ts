import { readyQueueInputSchema, readyQueuePage } from "../services/ready-queue.js";
import { agentProcedure, router } from "../trpc.js";

export const readyQueueRouter = router({
  /** Ready and review_pending actions of every account of the organization, highest priority first, paged. */
  list: agentProcedure
    .input(readyQueueInputSchema)
    .query(({ ctx, input }) => ctx.tenant((scope) => readyQueuePage(ctx.deps, scope, ctx.agent, input))),
});
