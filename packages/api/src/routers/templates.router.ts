import { accountIdSchema, playbookDefinitionSchema, playbookTemplateIdSchema } from "@trellis/domain";
import { z } from "zod";
import { agentActor } from "../services/agent-actor.js";
import { instantiatePlaybook } from "../services/instantiate-playbook.js";
import {
  createPlaybookTemplate,
  getPlaybookTemplateDetails,
  listPlaybookTemplateSummaries,
  updatePlaybookTemplate,
} from "../services/playbook-templates.js";
import { templateFeedback } from "../services/template-feedback.js";
import { adminProcedure, agentProcedure, router } from "../trpc.js";

const templateRef = z.object({ id: playbookTemplateIdSchema });

export const templatesRouter = router({
  /** The organization's playbook templates by name, with their size and how many accounts use them. */
  list: agentProcedure.query(({ ctx }) => ctx.tenant((scope) => listPlaybookTemplateSummaries(scope))),
  get: agentProcedure
    .input(templateRef)
    .query(({ ctx, input }) => ctx.tenant((scope) => getPlaybookTemplateDetails(scope, input.id))),
  /** Admins author templates. */
  create: adminProcedure
    .input(z.object({ definition: playbookDefinitionSchema }))
    .mutation(({ ctx, input }) =>
      ctx.tenant((scope) => createPlaybookTemplate(ctx.deps, scope, input.definition)),
    ),
  /** Saves an edit made to `expectedVersion`; CONFLICT when someone saved in between. */
  update: adminProcedure
    .input(
      z.object({
        id: playbookTemplateIdSchema,
        expectedVersion: z.number().int().min(1),
        definition: playbookDefinitionSchema,
      }),
    )
    .mutation(({ ctx, input }) => ctx.tenant((scope) => updatePlaybookTemplate(ctx.deps, scope, input))),
  /**
   * Starts a playbook for an account: its milestones and pending actions. Any agent may do it, not only admins:
   * starting onboarding for a new customer is a CSM's daily work, while authoring templates is an admin's.
   * CONFLICT when the template was already instantiated for the account.
   */
  instantiate: agentProcedure
    .input(z.object({ templateId: playbookTemplateIdSchema, accountId: accountIdSchema }))
    .mutation(({ ctx, input }) =>
      ctx.tenant((scope) => instantiatePlaybook(ctx.deps, scope, input, agentActor(ctx.agent))),
    ),
  /** Per template action: how often it was edited before execution, skipped, or regenerated. */
  feedback: agentProcedure
    .input(templateRef)
    .query(({ ctx, input }) => ctx.tenant((scope) => templateFeedback(scope, input.id))),
});
