/**
 * The demo organization that `pnpm start` creates on an empty database: Northwind CS with three agents, twenty
 * accounts and the SaaS onboarding playbook instantiated for each, its actions walked into every lifecycle state
 * through `applyActionEvent` (offline drafts, regenerations, executions, completions, skips), exactly as the
 * worker and agents would, and twelve weekly health snapshots per account. All of it is written in one tenant
 * transaction, so a failed seed leaves nothing.
 */
import {
  createOrganization,
  getAction,
  insertDraft,
  insertHealthSnapshots,
  type NewHealthSnapshot,
  type TenantScope,
  type TrellisDb,
  withTenant,
} from "@trellis/db";
import {
  type ActionId,
  type ActionTemplate,
  type Actor,
  type AgentId,
  type AgentRole,
  type DraftId,
  newId,
  type OrganizationId,
} from "@trellis/domain";
import { createOfflineProvider, type DraftRequest } from "@trellis/drafting";
import type { ActionEvent } from "@trellis/lifecycle";
import { sql } from "kysely";
import type { AppDeps } from "../deps.js";
import { loadActionContext } from "../services/action-context.js";
import { applyActionEvent } from "../services/apply-action-event.js";
import { instantiatePlaybook } from "../services/instantiate-playbook.js";
import { createPlaybookTemplate } from "../services/playbook-templates.js";
import { demoHealthSnapshots } from "./demo-health.js";
import {
  DEMO_ACCOUNTS,
  DEMO_AGENTS,
  DEMO_ORGANIZATION,
  DEMO_PASSWORD,
  type DemoAccount,
} from "./demo-organization.js";
import { type DemoStep, demoStepsTo, demoTargetState } from "./demo-progress.js";
import { saasOnboardingPlaybook } from "./saas-onboarding-playbook.js";

const HOUR_MS = 3_600_000;
const SEED_ACTOR: Actor = { kind: "system", component: "demo-seed" };

/** A demo agent's sign-in. */
export interface DemoLogin {
  readonly name: string;
  readonly email: string;
  readonly password: string;
  readonly role: AgentRole;
}

export interface SeedDemoOptions {
  /**
   * Creates the sign-in of a demo agent who has none yet (the server signs them up with better-auth, which links
   * the user to the agent by email). Runs after the data is committed, and again on a later start if it failed.
   */
  readonly registerLogin?: (login: DemoLogin) => Promise<void>;
}

export interface SeedDemoResult {
  /** False when the demo organization already existed and nothing was written. */
  readonly created: boolean;
  readonly organizationId: OrganizationId;
  readonly logins: readonly DemoLogin[];
}

/** The sign-ins of the demo agents, admin first. */
export const DEMO_LOGINS: readonly DemoLogin[] = DEMO_AGENTS.map((agent) => ({
  name: agent.name,
  email: agent.email,
  password: DEMO_PASSWORD,
  role: agent.role,
}));

/**
 * Seeds the demo organization unless it exists (found by its slug), then makes sure every demo agent can sign in.
 * Deterministic for a given clock.
 *
 * @example
 * const { created, logins } = await seedDemo(deps, { registerLogin: (login) => signUp(login) });
 */
export async function seedDemo(
  deps: Pick<AppDeps, "db" | "clock" | "mail">,
  options: SeedDemoOptions = {},
): Promise<SeedDemoResult> {
  const existing = await findOrganizationId(deps.db, DEMO_ORGANIZATION.slug);
  const organizationId = existing ?? newId("organization");
  if (!existing) await withTenant(deps.db, organizationId, (scope) => writeDemo(deps, scope));
  if (options.registerLogin) await registerMissingLogins(deps.db, organizationId, options.registerLogin);
  return { created: !existing, organizationId, logins: DEMO_LOGINS };
}

async function findOrganizationId(db: TrellisDb, slug: string): Promise<OrganizationId | null> {
  const result = await sql<{
    id: string | null;
  }>`select trellis_organization_id_by_slug(${slug}) as id`.execute(db);
  return (result.rows[0]?.id ?? null) as OrganizationId | null;
}

async function writeDemo(deps: Pick<AppDeps, "clock" | "mail">, scope: TenantScope): Promise<void> {
  const now = deps.clock.now();
  await createOrganization(scope.db, { id: scope.organizationId, ...DEMO_ORGANIZATION });
  const agentIds = await insertAgents(scope);
  const template = await createPlaybookTemplate(deps, scope, saasOnboardingPlaybook);
  const health: NewHealthSnapshot[] = [];
  for (const [accountIndex, spec] of DEMO_ACCOUNTS.entries()) {
    const accountId = await insertAccount(scope, spec, agentIds, now);
    health.push(...scoredSnapshots(accountId, spec, now));
    const instance = await instantiatePlaybook(
      deps,
      scope,
      { templateId: template.id, accountId },
      SEED_ACTOR,
    );
    // In template order, so an action completed here fires the event-triggered actions that wait on it.
    for (const [actionIndex, created] of instance.actions.entries()) {
      const row = await getAction(scope, created.id);
      if (!row) continue;
      const firedHoursAgo = row.fires_at ? (now.getTime() - row.fires_at.getTime()) / HOUR_MS : null;
      const target = demoTargetState({ accountIndex, actionIndex, firedHoursAgo });
      for (const step of demoStepsTo(target)) await takeStep(deps, scope, created.id, step);
    }
  }
  await insertHealthSnapshots(scope, health);
}

/** The account's demo health history; a week without any data would have no score and is not stored. */
function scoredSnapshots(accountId: string, spec: DemoAccount, now: Date): NewHealthSnapshot[] {
  return demoHealthSnapshots(spec, now).flatMap(({ asOf, score, status, indicators }) =>
    score === null || status === null
      ? []
      : [{ accountId, takenAt: new Date(asOf), score, status, indicators }],
  );
}

async function insertAgents(scope: TenantScope): Promise<AgentId[]> {
  const rows = DEMO_AGENTS.map((agent) => ({
    id: newId("agent"),
    organization_id: scope.organizationId,
    name: agent.name,
    email: agent.email,
    role: agent.role,
    time_zone: agent.timeZone,
  }));
  await scope.db.insertInto("agents").values(rows).execute();
  return rows.map((row) => row.id);
}

async function insertAccount(
  scope: TenantScope,
  spec: DemoAccount,
  agentIds: readonly AgentId[],
  now: Date,
): Promise<string> {
  const accountId = newId("account");
  const startedAt = new Date(now.getTime() - spec.startedDaysAgo * 24 * HOUR_MS);
  await scope.db
    .insertInto("accounts")
    .values({
      id: accountId,
      organization_id: scope.organizationId,
      name: spec.name,
      domains: [spec.domain],
      arr_minor: spec.arrUsd * 100,
      arr_currency: "USD",
      risk: spec.risk,
      owner_agent_id: agentIds[spec.owner] ?? null,
      started_at: startedAt,
      custom_fields: JSON.stringify({ plan: spec.plan }),
    })
    .execute();
  await scope.db
    .insertInto("contacts")
    .values(
      spec.contacts.map((contact, index) => ({
        id: newId("contact"),
        organization_id: scope.organizationId,
        account_id: accountId,
        first_name: contact.firstName,
        last_name: contact.lastName,
        email: `${contact.firstName}.${contact.lastName}@${spec.domain}`.toLowerCase(),
        title: contact.title,
        is_primary: index === 0,
        custom_fields: "{}",
      })),
    )
    .execute();
  return accountId;
}

/** One lifecycle step, taken by whoever takes it in real life: the worker, the owner agent or the contact. */
async function takeStep(
  deps: Pick<AppDeps, "clock" | "mail">,
  scope: TenantScope,
  actionId: ActionId,
  step: DemoStep,
): Promise<void> {
  const row = await getAction(scope, actionId);
  if (!row) return;
  const context = await loadActionContext(scope, row);
  const owner = context.owner;
  if (!owner) throw new Error(`demo account ${context.account.name} has no owner`);
  const agent: Actor = { kind: "agent", agentId: owner.id, name: owner.name };
  const apply = (event: ActionEvent, actor: Actor) => applyActionEvent(deps, scope, actionId, event, actor);

  switch (step) {
    case "draft": {
      const brief = templateAction(row.key);
      const request: DraftRequest = {
        action: {
          key: brief.key,
          name: brief.name,
          type: brief.type,
          purpose: brief.purpose,
          content: brief.content,
        },
        context: {
          account: context.account,
          contacts: context.contacts,
          agent: owner,
          milestone: context.milestone,
          recentActivity: [],
          notes: [],
        },
        instructions: null,
        now: deps.clock.now().toISOString(),
      };
      const result = await createOfflineProvider().draft(request);
      if (!result.ok) throw new Error(`demo draft of ${row.key} failed: ${result.error.message}`);
      const draft = await insertDraft(scope, {
        actionId,
        content: result.content,
        origin: "generated",
        provider: result.provider,
        model: result.model,
        instructions: null,
        createdBy: SEED_ACTOR,
        at: deps.clock.now(),
      });
      await apply(
        {
          type: "draft_generated",
          draftId: draft.id as DraftId,
          provider: result.provider,
          model: result.model,
        },
        SEED_ACTOR,
      );
      return;
    }
    case "regenerate":
      await apply({ type: "regenerate", instructions: "Shorter, and name the go-live target date" }, agent);
      return;
    case "execute":
      await apply({ type: "execute", confirmed: true, idempotencyKey: `demo:${actionId}` }, agent);
      return;
    case "complete": {
      const contact = context.contacts[0];
      if (row.type === "form" && contact) {
        const name = `${contact.firstName} ${contact.lastName}`.trim();
        await apply(
          { type: "customer_responded", response: { kind: "form_submitted" } },
          { kind: "contact", contactId: contact.id, name },
        );
      } else {
        await apply({ type: "mark_complete", note: "Done with the customer" }, agent);
      }
      return;
    }
    case "skip":
      await apply({ type: "skip", reason: "Covered in the kickoff call instead" }, agent);
      return;
  }
}

function templateAction(key: string): ActionTemplate {
  for (const milestone of saasOnboardingPlaybook.milestones) {
    const found = milestone.actions.find((action) => action.key === key);
    if (found) return found;
  }
  throw new Error(`the demo playbook has no action ${key}`);
}

async function registerMissingLogins(
  db: TrellisDb,
  organizationId: OrganizationId,
  registerLogin: (login: DemoLogin) => Promise<void>,
): Promise<void> {
  const unlinked = await withTenant(db, organizationId, (scope) =>
    scope.db
      .selectFrom("agents")
      .select("email")
      .where("organization_id", "=", scope.organizationId)
      .where("user_id", "is", null)
      .execute(),
  );
  const waiting = new Set(unlinked.map((agent) => agent.email));
  for (const login of DEMO_LOGINS) {
    if (waiting.has(login.email)) await registerLogin(login);
  }
}
