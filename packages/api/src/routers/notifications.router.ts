import { countUnreadInbox } from "@trellis/db";
import {
  listNotificationsPage,
  markNotificationsRead,
  markReadInputSchema,
  notificationListInputSchema,
} from "../services/notification-inbox.js";
import { agentProcedure, router } from "../trpc.js";

/** The calling agent's own notifications; a colleague's are never listed, counted or marked. */
export const notificationsRouter = router({
  list: agentProcedure
    .input(notificationListInputSchema)
    .query(({ ctx, input }) => ctx.tenant((scope) => listNotificationsPage(scope, ctx.agent, input))),
  markRead: agentProcedure
    .input(markReadInputSchema)
    .mutation(({ ctx, input }) =>
      ctx.tenant((scope) => markNotificationsRead(ctx.deps, scope, ctx.agent, input)),
    ),
  unreadCount: agentProcedure.query(({ ctx }) =>
    ctx.tenant((scope) => countUnreadInbox(scope, ctx.agent.agentId)),
  ),
});
