/**
 * Test data for service and router tests: an organization with an admin agent, an account with a primary contact,
 * one milestone, and actions put into any lifecycle state through the real services.
 */
import { tmpdir } from "node:os";
import { join } from "node:path";
import { createOrganization, type TrellisDb, withTenant } from "@trellis/db";
import {
  type ActionContent,
  type ActionId,
  type ActionState,
  type ActionType,
  type Actor,
  type AgentId,
  type AgentRole,
  newId,
  type OrganizationId,
} from "@trellis/domain";
import { createOfflineProvider } from "@trellis/drafting";
import type { AppDeps } from "../deps.js";
import { applyActionEvent } from "../services/apply-action-event.js";
import { createLocalDocumentStorage } from "../storage/local-document-storage.js";
import type { AgentCaller } from "../trpc.js";
import { type FixedClock, fixedClock } from "./fixed-clock.js";

export interface TestWorld {
  readonly deps: AppDeps & { readonly clock: FixedClock };
  readonly organizationId: OrganizationId;
  readonly agent: AgentCaller;
  readonly accountId: string;
  readonly contactId: string;
  readonly milestoneId: string;
}

export const SAMPLE_CONTENT: { [T in ActionType]: Extract<ActionContent, { type: T }> } = {
  email: {
    type: "email",
    subject: "Welcome to Trellis, {{account.name}}",
    bodyHtml: "<p>Hi {{contact.first_name}},</p><p>Glad to have you.</p><p>{{agent.name}}</p>",
    to: ["{{contact.email}}"],
    cc: [],
    bcc: [],
  },
  form: {
    type: "form",
    title: "Kickoff questionnaire",
    instructions: "Tell us about your team.",
    fields: [
      { key: "team_size", label: "Team size", kind: "number", required: true, options: [], helpText: null },
    ],
  },
  document: {
    type: "document",
    title: "Security review",
    instructions: "Upload your questionnaire.",
    documents: [
      {
        key: "questionnaire",
        name: "Security questionnaire",
        description: null,
        acceptedTypes: [".pdf"],
        required: true,
        maxSizeBytes: 20 * 1024 * 1024,
      },
    ],
  },
  meeting: {
    type: "meeting",
    title: "Kickoff call",
    agenda: "Goals\nTimeline",
    durationMinutes: 30,
    schedulingLink: "https://cal.example.com/dana/kickoff",
    proposedSlots: [],
  },
  slack: { type: "slack", channel: "#acme-onboarding", message: "Welcome aboard, {{account.name}}!" },
  manual: { type: "manual", description: "Provision the sandbox tenant." },
};

export async function createTestWorld(
  db: TrellisDb,
  options: { role?: AgentRole; slug?: string; clock?: FixedClock } = {},
): Promise<TestWorld> {
  const organizationId = newId("organization");
  const slug = options.slug ?? `org-${organizationId.slice(-8).toLowerCase()}`;
  await createOrganization(db, { id: organizationId, name: `Org ${slug}`, slug });
  const agentId = newId("agent");
  const accountId = newId("account");
  const contactId = newId("contact");
  const milestoneId = newId("milestone");
  const clock = options.clock ?? fixedClock();
  await withTenant(db, organizationId, async ({ db: trx }) => {
    await trx
      .insertInto("agents")
      .values({
        id: agentId,
        organization_id: organizationId,
        name: "Dana Reyes",
        email: `dana@${slug}.test`,
        role: options.role ?? "admin",
        time_zone: "UTC",
      })
      .execute();
    await trx
      .insertInto("accounts")
      .values({
        id: accountId,
        organization_id: organizationId,
        name: "Acme Corp",
        domains: ["acme.com"],
        arr_minor: 12_000_000,
        arr_currency: "USD",
        risk: "medium",
        owner_agent_id: agentId,
        started_at: clock.now(),
        custom_fields: "{}",
      })
      .execute();
    await trx
      .insertInto("contacts")
      .values({
        id: contactId,
        organization_id: organizationId,
        account_id: accountId,
        first_name: "Ana",
        last_name: "Silva",
        email: "ana.silva@acme.com",
        is_primary: true,
        custom_fields: "{}",
      })
      .execute();
    await trx
      .insertInto("milestones")
      .values({
        id: milestoneId,
        organization_id: organizationId,
        account_id: accountId,
        key: "kickoff",
        name: "Kickoff",
        position: 0,
        starts_at: clock.now(),
      })
      .execute();
  });
  return {
    deps: {
      db,
      clock,
      drafting: createOfflineProvider(),
      mail: { from: "Dana Reyes <dana@trellis.test>", messageIdDomain: "trellis.test" },
      portalUrl: "http://portal.trellis.test",
      storage: createLocalDocumentStorage(join(tmpdir(), "trellis-test-uploads", organizationId)),
    },
    organizationId,
    agent: {
      kind: "agent",
      organizationId,
      agentId: agentId as AgentId,
      name: "Dana Reyes",
      role: options.role ?? "admin",
      via: "session",
    },
    accountId,
    contactId,
    milestoneId,
  };
}

const PATH_TO: Record<ActionState, ActionState[]> = {
  pending: [],
  ready: ["ready"],
  review_pending: ["ready", "review_pending"],
  executed: ["ready", "executed"],
  completed: ["ready", "executed", "completed"],
  skipped: ["skipped"],
};

/**
 * Creates an action of a type and walks it to `state` through `applyActionEvent`, with a draft of sample content
 * (or `content`), exactly as the worker and an agent would.
 */
export async function createTestAction(
  world: TestWorld,
  options: {
    type?: ActionType;
    state?: ActionState;
    content?: ActionContent;
    key?: string;
    name?: string;
  } = {},
): Promise<ActionId> {
  const type = options.type ?? "email";
  const actionId = newId("action");
  const agent: Actor = { kind: "agent", agentId: world.agent.agentId, name: world.agent.name };
  const worker: Actor = { kind: "system", component: "test" };
  await withTenant(world.deps.db, world.organizationId, async (scope) => {
    const now = world.deps.clock.now();
    await scope.db
      .insertInto("actions")
      .values({
        id: actionId,
        organization_id: world.organizationId,
        account_id: world.accountId,
        milestone_id: world.milestoneId,
        key: options.key ?? `action_${actionId.slice(-6).toLowerCase()}`,
        name: options.name ?? `Sample ${type}`,
        type,
        purpose: `A sample ${type} action`,
        state: "pending",
        trigger: JSON.stringify({ type: "manual" }),
        updated_at: now,
      })
      .execute();
    for (const step of PATH_TO[options.state ?? "pending"]) {
      if (step === "ready") {
        const draftId = newId("draft");
        await scope.db
          .insertInto("drafts")
          .values({
            id: draftId,
            organization_id: world.organizationId,
            action_id: actionId,
            content: JSON.stringify(options.content ?? SAMPLE_CONTENT[type]),
            origin: "generated",
            provider: "offline",
            model: null,
            instructions: null,
            created_by: JSON.stringify(worker),
          })
          .execute();
        await applyActionEvent(
          world.deps,
          scope,
          actionId,
          {
            type: "draft_generated",
            draftId,
            provider: "offline",
            model: null,
          },
          worker,
        );
      } else if (step === "review_pending") {
        await applyActionEvent(
          world.deps,
          scope,
          actionId,
          { type: "regenerate", instructions: "Shorter" },
          agent,
        );
      } else if (step === "executed") {
        await applyActionEvent(
          world.deps,
          scope,
          actionId,
          {
            type: "execute",
            confirmed: true,
            idempotencyKey: `test-${actionId}`,
          },
          agent,
        );
      } else if (step === "completed") {
        await applyActionEvent(world.deps, scope, actionId, { type: "mark_complete", note: null }, agent);
      } else if (step === "skipped") {
        await applyActionEvent(world.deps, scope, actionId, { type: "skip", reason: "Not needed" }, agent);
      }
    }
  });
  return actionId;
}
