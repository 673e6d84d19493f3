import { accountsRouter } from "./routers/accounts.router.js";
import { actionsRouter } from "./routers/actions.router.js";
import { apiTokensRouter } from "./routers/api-tokens.router.js";
import { batchRouter } from "./routers/batch.router.js";
import { mailboxRouter } from "./routers/mailbox.router.js";
import { milestonesRouter } from "./routers/milestones.router.js";
import { notificationsRouter } from "./routers/notifications.router.js";
import { portalRouter } from "./routers/portal/portal.router.js";
import { readyQueueRouter } from "./routers/ready-queue.router.js";
import { templatesRouter } from "./routers/templates.router.js";
import { publicProcedure, router } from "./trpc.js";

/** The whole API: one router per domain area. */
export const appRouter = router({
  /** Who is asking: the signed-in agent, or null. */
  me: publicProcedure.query(({ ctx }) => (ctx.caller.kind === "agent" ? ctx.caller : null)),
  /** The customer portal's procedures (contacts only, their own account). */
  portal: portalRouter,
  accounts: accountsRouter,
  templates: templatesRouter,
  milestones: milestonesRouter,
  readyQueue: readyQueueRouter,
  actions: actionsRouter,
  batch: batchRouter,
  notifications: notificationsRouter,
  mailbox: mailboxRouter,
  apiTokens: apiTokensRouter,
});

export type AppRouter = typeof appRouter;
