import { accountIdSchema } from "@trellis/domain";
import { z } from "zod";
import { accountListInputSchema, getAccountDetails, listAccountsPage } from "../services/account-overview.js";
import { agentProcedure, router } from "../trpc.js";

export const accountsRouter = router({
  /** The organization's accounts by name, searchable, with ARR, risk, owner and action counts by state. */
  list: agentProcedure
    .input(accountListInputSchema)
    .query(({ ctx, input }) => ctx.tenant((scope) => listAccountsPage(scope, input))),
  /** One account with its contacts and its milestones (with progress). */
  get: agentProcedure
    .input(z.object({ id: accountIdSchema }))
    .query(({ ctx, input }) => ctx.tenant((scope) => getAccountDetails(scope, input.id))),
});
