import { withTenant } from "@trellis/db";
import { TRPCError } from "@trpc/server";
import { z } from "zod";
import { tooManyLinkRequestsMessage } from "../../services/link-request-limit.js";
import {
  type PortalSignInResult,
  portalMe,
  requestSignInLink,
  signInWithLink,
  signOutOfPortal,
} from "../../services/portal-sign-in.js";
import { contactProcedure, publicProcedure, router } from "../../trpc.js";

const SIGN_IN_FAILURES: Record<Extract<PortalSignInResult, { ok: false }>["reason"], string> = {
  unknown: "This sign-in link is not valid. Request a new one.",
  used: "This sign-in link was already used. Request a new one.",
  expired: "This sign-in link has expired (links last 15 minutes). Request a new one.",
};

/** A path inside the portal: one leading slash (not `//host`, which would leave the portal), no backslashes. */
const portalPathSchema = z
  .string()
  .max(200)
  .regex(/^\/(?![/\\])[^\\\s]*$/, "must be a path inside the portal, starting with /");

/** Magic-link sign-in, the contact's session and sign-out. */
export const portalAuthRouter = router({
  /** Emails a sign-in link to every contact with the address; the same answer for an unknown address. */
  requestLink: publicProcedure
    .input(z.object({ email: z.email().max(320), returnTo: portalPathSchema.optional() }))
    .mutation(async ({ ctx, input }) => {
      const answer = await requestSignInLink(ctx.deps, {
        email: input.email,
        returnTo: input.returnTo ?? null,
      });
      if (!answer.sent) {
        throw new TRPCError({
          code: "TOO_MANY_REQUESTS",
          message: tooManyLinkRequestsMessage(answer.retryInMinutes),
        });
      }
      return { sent: true as const };
    }),

  /** Consumes a link's token and opens a 7-day session; the session token goes into the portal's cookie. */
  signIn: publicProcedure
    .input(z.object({ token: z.string().min(1).max(200) }))
    .mutation(async ({ ctx, input }) => {
      const result = await signInWithLink(ctx.deps, input.token);
      if (!result.ok) throw new TRPCError({ code: "UNAUTHORIZED", message: SIGN_IN_FAILURES[result.reason] });
      return { sessionToken: result.sessionToken, expiresAt: result.expiresAt, returnTo: result.returnTo };
    }),

  /** Revokes the caller's session. */
  signOut: contactProcedure.mutation(async ({ ctx }) => {
    await ctx.tenant((scope) => signOutOfPortal(ctx.deps, scope, ctx.contact));
    return { signedOut: true as const };
  }),

  /** The signed-in contact with their account's and organization's names, or null. */
  me: publicProcedure.query(async ({ ctx }) => {
    const caller = ctx.caller;
    if (caller.kind !== "contact") return null;
    return withTenant(ctx.deps.db, caller.organizationId, (scope) => portalMe(scope, caller));
  }),
});
