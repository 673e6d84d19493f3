/**
 * API tokens for platform engineers. The plaintext is returned once by `create`; lists never carry secrets.
 * Agents manage their own tokens, admins every token of the organization.
 */
import { getApiToken, listApiTokens, revokeApiToken, toApiToken } from "@trellis/db";
import { z } from "zod";
import { DomainFailure, notFound } from "../domain-failure.js";
import { createApiToken } from "../services/api-tokens.js";
import { agentProcedure, router } from "../trpc.js";

export const apiTokensRouter = router({
  /** Creates a token acting as the calling agent. Only from a signed-in session: a token cannot mint tokens. */
  create: agentProcedure
    .input(z.object({ name: z.string().trim().min(1, "name the token").max(100) }))
    .mutation(({ ctx, input }) => {
      if (ctx.agent.via === "token") {
        throw new DomainFailure({
          code: "FORBIDDEN",
          message: "API tokens can only be created from a signed-in session, not with another token",
        });
      }
      return ctx.tenant((scope) => createApiToken(ctx.deps, scope, ctx.agent.agentId, input.name));
    }),

  /** The caller's tokens (every token of the organization for admins), newest first. */
  list: agentProcedure.query(({ ctx }) =>
    ctx.tenant(async (scope) => {
      const rows = await listApiTokens(scope, ctx.agent.role === "admin" ? null : ctx.agent.agentId);
      return rows.map(toApiToken);
    }),
  ),

  /** Revokes a token for good; revoking it again keeps the first revocation time. */
  revoke: agentProcedure.input(z.object({ id: z.string().min(1).max(100) })).mutation(({ ctx, input }) =>
    ctx.tenant(async (scope) => {
      const token = await getApiToken(scope, input.id);
      if (!token) throw notFound("The API token");
      if (token.agent_id !== ctx.agent.agentId && ctx.agent.role !== "admin") {
        throw new DomainFailure({
          code: "FORBIDDEN",
          message: "Only admins can revoke another agent's token",
        });
      }
      const revoked = await revokeApiToken(scope, input.id, ctx.deps.clock.now());
      if (!revoked) throw notFound("The API token");
      return toApiToken(revoked);
    }),
  ),
});
