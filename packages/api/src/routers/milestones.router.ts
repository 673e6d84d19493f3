import { getAccount, listMilestoneProgress } from "@trellis/db";
import { accountIdSchema } from "@trellis/domain";
import { z } from "zod";
import { notFound } from "../domain-failure.js";
import { toMilestoneSummary } from "../services/milestone-summary.js";
import { agentProcedure, router } from "../trpc.js";

export const milestonesRouter = router({
  /** An account's milestones in order, each with action counts by state, open blockers and completion. */
  listByAccount: agentProcedure.input(z.object({ accountId: accountIdSchema })).query(({ ctx, input }) =>
    ctx.tenant(async (scope) => {
      const account = await getAccount(scope, input.accountId);
      if (!account) throw notFound("The account");
      const rows = await listMilestoneProgress(scope, account.id);
      return rows.map(toMilestoneSummary);
    }),
  ),
});
