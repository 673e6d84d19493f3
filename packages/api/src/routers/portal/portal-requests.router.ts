import { actionIdSchema, formAnswerValueSchema } from "@trellis/domain";
import { TRPCError, type TRPCRouterRecord } from "@trpc/server";
import { ZodError, z } from "zod";
import { submitPortalFeedback } from "../../services/portal-feedback.js";
import { submitPortalForm } from "../../services/portal-form-submission.js";
import { bookPortalMeeting } from "../../services/portal-meeting-booking.js";
import { portalEmail, portalOverview, portalRequest } from "../../services/portal-requests.js";
import { contactProcedure } from "../../trpc.js";

const actionRef = z.object({ actionId: actionIdSchema });

/** Invalid answers: BAD_REQUEST whose zod issues (in `error.data.zodIssues`) name each field. */
function invalidAnswers(error: unknown): never {
  if (error instanceof ZodError) {
    throw new TRPCError({ code: "BAD_REQUEST", message: "Some answers need your attention.", cause: error });
  }
  throw error;
}

/**
 * What a signed-in contact sees and answers: the requests and emails of their own account. Every procedure is for
 * contacts only and filters by the contact's account; another account's action id is NOT_FOUND, with nothing
 * changed. Spread into the portal router.
 */
export const portalRequestsRouter = {
  overview: contactProcedure.query(({ ctx }) => ctx.tenant((scope) => portalOverview(scope, ctx.contact))),
  requests: {
    get: contactProcedure
      .input(actionRef)
      .query(({ ctx, input }) => ctx.tenant((scope) => portalRequest(scope, ctx.contact, input.actionId))),
  },
  emails: {
    get: contactProcedure
      .input(actionRef)
      .query(({ ctx, input }) => ctx.tenant((scope) => portalEmail(scope, ctx.contact, input.actionId))),
  },
  forms: {
    submit: contactProcedure
      .input(actionRef.extend({ answers: z.record(z.string().max(64), formAnswerValueSchema) }))
      .mutation(({ ctx, input }) =>
        ctx.tenant((scope) => submitPortalForm(ctx.deps, scope, ctx.contact, input)).catch(invalidAnswers),
      ),
  },
  meetings: {
    book: contactProcedure
      .input(actionRef.extend({ startsAt: z.date() }))
      .mutation(({ ctx, input }) =>
        ctx.tenant((scope) => bookPortalMeeting(ctx.deps, scope, ctx.contact, input)),
      ),
  },
  feedback: {
    submit: contactProcedure
      .input(
        z.object({
          score: z.number().int().min(0).max(10),
          comment: z.string().max(2_000).optional(),
          actionId: actionIdSchema.optional(),
        }),
      )
      .mutation(({ ctx, input }) =>
        ctx.tenant((scope) => submitPortalFeedback(ctx.deps, scope, ctx.contact, input)),
      ),
  },
} satisfies TRPCRouterRecord;
