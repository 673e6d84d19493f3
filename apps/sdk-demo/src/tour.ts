/**
 * A guided tour of the SDK core on demo data: one email action of Acme's onboarding taken from pending to
 * completed, then the Ready queue, a health score and engagement tiers. It prints through `log` and returns what
 * happened, so its test checks the same run a person sees.
 */
import {
  type ActionContent,
  type ActionState,
  type Actor,
  type DraftProblem,
  formatMoney,
  healthModelSchema,
  type MetricSample,
  newId,
} from "@trellis/domain";
import {
  createOfflineProvider,
  type DraftRequestInput,
  draftRequestSchema,
  lintDraft,
  renderVariables,
  variableContextFrom,
} from "@trellis/drafting";
import { type ActionEffect, type ActionEvent, allowedEvents, transition } from "@trellis/lifecycle";
import {
  computeHealthScore,
  explainHealthChange,
  newlyCrossedTiers,
  rankReadyQueue,
  scorePointEvents,
  tierForScore,
} from "@trellis/scoring";
import { accounts, acmeContact, acmeKickoff, agent, DEMO_NOW } from "./demo-data.js";
import { saasOnboardingPlaybook } from "./saas-onboarding-playbook.js";

export interface TourOutcome {
  finalState: ActionState;
  refusals: string[];
  deliveries: number;
  historyLines: string[];
  renderedSubject: string;
  readyQueueOrder: string[];
  healthSummary: string;
  tiersCrossed: string[];
}

type Log = (line: string) => void;

const agentActor: Actor = { kind: "agent", agentId: agent.id, name: agent.name };
const worker: Actor = { kind: "system", component: "worker" };

export async function runTour(log: Log): Promise<TourOutcome> {
  const refusals: string[] = [];
  const effects: ActionEffect[] = [];
  const template = saasOnboardingPlaybook.milestones[0]?.actions[0];
  if (!template) throw new Error("the demo playbook has no welcome email");

  log(`Playbook "${saasOnboardingPlaybook.name}"`);
  for (const milestone of saasOnboardingPlaybook.milestones) {
    log(`  ${milestone.name}: ${milestone.actions.map((a) => `${a.name} (${a.type})`).join(", ")}`);
  }

  // The action's lifecycle, driven only through the state machine.
  // Mutable on purpose: the tour walks one action through its life. Closures below read and write it.
  const action: { state: ActionState; content: ActionContent | null } = { state: "pending", content: null };
  const provider = createOfflineProvider();
  const request: DraftRequestInput = {
    action: {
      key: template.key,
      name: template.name,
      type: template.type,
      purpose: template.purpose,
      content: template.content,
    },
    context: { account: accounts.acme, contacts: [acmeContact], agent, milestone: acmeKickoff },
    now: DEMO_NOW,
  };
  const problems = (): DraftProblem[] =>
    action.content ? lintDraft(action.content, { accountDomains: accounts.acme.domains }) : [];
  const apply = (event: ActionEvent, actor: Actor): boolean => {
    const result = transition({ state: action.state, type: template.type, dueAt: null }, event, {
      actor,
      now: DEMO_NOW,
      hasDraft: action.content !== null,
      draftProblems: problems(),
    });
    if (!result.ok) {
      refusals.push(result.error.message);
      log(`  ✗ refused: ${result.error.message}`);
      return false;
    }
    log(`  ${action.state} → ${result.next}  (${event.type})`);
    action.state = result.next;
    effects.push(...result.effects);
    return true;
  };
  const draft = async (instructions: string | null) => {
    const result = await provider.draft(draftRequestSchema.parse({ ...request, instructions }));
    if (!result.ok) throw new Error(`offline drafting failed: ${result.error.message}`);
    action.content = result.content;
    apply(
      { type: "draft_generated", draftId: newId("draft"), provider: result.provider, model: result.model },
      worker,
    );
  };

  log(`\nAcme Corp (${formatMoney(accounts.acme.arr)} ARR, ${accounts.acme.risk} risk): "${template.name}"`);
  await draft(null);
  log(`  agent may now: ${allowedEvents(action.state, "agent", template.type).join(", ")}`);

  apply({ type: "regenerate", instructions: "Make it more casual" }, agentActor);
  await draft("Make it more casual");

  // An agent pastes a placeholder into the subject: the linter flags it and execution is refused.
  if (action.content?.type === "email") {
    const clean: ActionContent = action.content;
    action.content = { ...clean, subject: "Welcome aboard, [Customer Name]" };
    log(
      `  lint: ${problems()
        .map((problem) => problem.message)
        .join("; ")}`,
    );
    apply({ type: "execute", confirmed: true, idempotencyKey: "acme-welcome" }, agentActor);
    action.content = clean;
  }
  apply({ type: "execute", confirmed: false, idempotencyKey: "acme-welcome" }, agentActor);
  apply({ type: "execute", confirmed: true, idempotencyKey: "acme-welcome" }, agentActor);
  apply({ type: "execute", confirmed: true, idempotencyKey: "acme-welcome" }, agentActor);

  let renderedSubject = "";
  if (action.content?.type === "email") {
    const values = variableContextFrom({
      account: accounts.acme,
      contact: acmeContact,
      agent,
      milestone: acmeKickoff,
    });
    const rendered = renderVariables(action.content, values);
    if (!rendered.ok) throw new Error(`unresolved variables: ${rendered.unresolved.join(", ")}`);
    renderedSubject = rendered.content.subject;
    log(`  sends "${rendered.content.subject}" to ${rendered.content.to.join(", ")}`);
  }
  apply({ type: "deliver_succeeded", reference: "<welcome-acme@trellis.dev>" }, worker);
  apply({ type: "mark_complete", note: "Ana replied and booked the kickoff" }, agentActor);
  apply({ type: "skip", reason: "no longer needed" }, agentActor);

  const historyLines = effects.flatMap((effect) =>
    effect.type === "history" ? [`${effect.fromState} → ${effect.toState}: ${effect.event.type}`] : [],
  );
  log("  history:");
  for (const line of historyLines) log(`    ${line}`);

  // The Ready queue across accounts: ARR, risk, due date and waiting time decide the order.
  log("\nReady queue");
  const names = new Map<string, string>();
  const items = Object.values(accounts).map((account, index) => {
    const actionId = newId("action");
    names.set(actionId, account.name);
    return {
      actionId,
      arr: account.arr,
      risk: account.risk,
      dueAt: index === 2 ? "2026-03-01T09:00:00.000Z" : "2026-03-09T09:00:00.000Z",
      readySince: "2026-02-27T09:00:00.000Z",
    };
  });
  const ranked = rankReadyQueue(items, DEMO_NOW);
  const readyQueueOrder = ranked.map((entry) => names.get(entry.item.actionId) ?? "?");
  ranked.forEach(({ item, priority }, index) => {
    const why = Object.values(priority.components)
      .filter((component) => component.points > 0)
      .map((component) => component.reason)
      .join(", ");
    log(`  ${index + 1}. ${names.get(item.actionId)}  priority ${priority.priority.toFixed(1)}  (${why})`);
  });

  // Health: two weekly snapshots and what moved the score between them.
  const model = healthModelSchema.parse({
    name: "SaaS health",
    indicators: [
      {
        key: "weekly_active_users",
        name: "Weekly active users",
        metric: "active_users",
        aggregate: "average",
        windowDays: 7,
        direction: "maximize",
        target: 160,
        weight: 60,
      },
      {
        key: "open_tickets",
        name: "Open tickets",
        metric: "tickets.open",
        aggregate: "average",
        windowDays: 7,
        direction: "minimize",
        target: 4,
        weight: 40,
      },
    ],
  });
  const samples: MetricSample[] = [
    { metric: "active_users", at: "2026-02-20T12:00:00.000Z", value: 150 },
    { metric: "tickets.open", at: "2026-02-20T12:00:00.000Z", value: 3 },
    { metric: "active_users", at: "2026-02-27T12:00:00.000Z", value: 96 },
    { metric: "tickets.open", at: "2026-02-27T12:00:00.000Z", value: 8 },
  ];
  const explanation = explainHealthChange(
    computeHealthScore(model, samples, "2026-02-23T00:00:00.000Z"),
    computeHealthScore(model, samples, DEMO_NOW),
  );
  log(`\nHealth: ${explanation.summary}`);
  for (const driver of explanation.drivers) log(`  ${driver.sentence}`);

  // Engagement points and milestone tiers.
  const points = scorePointEvents([
    { id: "e1", userId: "usr_ana", type: "account.signed_up", at: "2026-03-02T08:00:00.000Z" },
    { id: "e2", userId: "usr_ana", type: "user.logged_in", at: "2026-03-02T08:05:00.000Z" },
    {
      id: "e3",
      userId: "usr_ana",
      type: "feature.used",
      at: "2026-03-02T09:00:00.000Z",
      feature: "Reports",
      minutes: 125,
    },
    { id: "e4", userId: "usr_ana", type: "payment.succeeded", at: "2026-03-02T10:00:00.000Z" },
    {
      id: "e5",
      userId: "usr_ana",
      type: "feedback.submitted",
      at: "2026-03-02T11:00:00.000Z",
      answer: { kind: "nps", score: 9 },
    },
    { id: "e6", userId: "usr_ana", type: "appointment.attended", at: "2026-03-02T12:00:00.000Z" },
  ]);
  const tiersCrossed = newlyCrossedTiers(0, points.total).map((tier) => tier.name);
  log(`\nEngagement: ${points.total} points, tier ${tierForScore(points.total)?.name ?? "none"}`);
  if (tiersCrossed.length > 0) log(`  newly crossed: ${tiersCrossed.join(", ")}`);

  return {
    finalState: action.state,
    refusals,
    deliveries: effects.filter((effect) => effect.type === "deliver").length,
    historyLines,
    renderedSubject,
    readyQueueOrder,
    healthSummary: explanation.summary,
    tiersCrossed,
  };
}
