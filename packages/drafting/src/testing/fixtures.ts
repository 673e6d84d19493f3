/** Test fixtures: a complete customer context and one action brief per type, built through the real schemas. */
import { type ActionType, money } from "@trellis/domain";
import {
  type ActionBrief,
  type DraftRequestInput,
  type DraftRequestOf,
  draftRequestSchema,
} from "../draft-request.js";

export const NOW = "2026-01-30T12:00:00.000Z";

const ORG = "org_01JD3Q4W8N6Z0X5M2C7B9V1T3R";
const ACCOUNT = "acc_01JD3Q4W8N6Z0X5M2C7B9V1T3R";

export const primaryContact = {
  id: "con_01JD3Q4W8N6Z0X5M2C7B9V1T3R",
  organizationId: ORG,
  accountId: ACCOUNT,
  firstName: "Ana",
  lastName: "Silva",
  email: "ana@acme.com",
  title: "Head of Operations",
  isPrimary: true,
  customFields: { region: "EMEA" },
  createdAt: "2026-01-05T09:00:00.000Z",
};

export const context = {
  account: {
    id: ACCOUNT,
    organizationId: ORG,
    name: "Acme Corp",
    domains: ["acme.com"],
    arr: money(120_000, "USD"),
    risk: "medium",
    ownerAgentId: "agt_01JD3Q4W8N6Z0X5M2C7B9V1T3R",
    startedAt: "2026-01-05T09:00:00.000Z",
    customFields: { plan_name: "Enterprise", seats: 40 },
    createdAt: "2026-01-05T09:00:00.000Z",
  },
  contacts: [primaryContact],
  agent: {
    id: "agt_01JD3Q4W8N6Z0X5M2C7B9V1T3R",
    organizationId: ORG,
    name: "Sam Carter",
    email: "sam@trellis.dev",
    role: "agent",
    timeZone: "Europe/Paris",
    createdAt: "2026-01-01T09:00:00.000Z",
  },
  milestone: {
    id: "mst_01JD3Q4W8N6Z0X5M2C7B9V1T3R",
    organizationId: ORG,
    accountId: ACCOUNT,
    key: "kickoff",
    name: "Kickoff",
    description: "Welcome the customer, agree goals and the plan.",
    position: 0,
    startsAt: "2026-01-05T09:00:00.000Z",
    completedAt: null,
    createdAt: "2026-01-05T09:00:00.000Z",
  },
  recentActivity: [{ at: "2026-01-29T15:00:00.000Z", summary: "Ana opened the welcome email" }],
} satisfies DraftRequestInput["context"];

/** A brief for every action type, without starting content, as in the SaaS onboarding playbook. */
export const BRIEFS: { readonly [T in ActionType]: Omit<ActionBrief, "type"> & { type: T } } = {
  email: {
    key: "welcome_email",
    name: "Welcome email",
    type: "email",
    purpose: "Welcome the customer, introduce their CSM and propose a kickoff call.",
    content: null,
  },
  form: {
    key: "kickoff_questionnaire",
    name: "Kickoff questionnaire",
    type: "form",
    purpose: "Learn the team size, main use case and go-live target date.",
    content: null,
  },
  document: {
    key: "security_documents",
    name: "Security documents",
    type: "document",
    purpose: "Collect the security questionnaire and the data processing agreement.",
    content: null,
  },
  meeting: {
    key: "kickoff_call",
    name: "Kickoff call",
    type: "meeting",
    purpose: "Agree success criteria, timeline and owners.",
    content: null,
  },
  slack: {
    key: "shared_channel_intro",
    name: "Shared channel introduction",
    type: "slack",
    purpose: "Introduce the onboarding team in the shared Slack channel.",
    content: null,
  },
  manual: {
    key: "provision_sandbox",
    name: "Provision sandbox",
    type: "manual",
    purpose: "Create the customer's sandbox tenant sized from the questionnaire.",
    content: null,
  },
};

/**
 * A validated request for a brief, with optional overrides of the request's top-level fields. The cast re-attaches
 * the brief's literal type, which parsing widens to every action type.
 */
export function requestFor<T extends ActionType>(
  action: DraftRequestInput["action"] & { type: T },
  overrides: Partial<Omit<DraftRequestInput, "action">> = {},
): DraftRequestOf<T> {
  return draftRequestSchema.parse({ action, context, now: NOW, ...overrides }) as DraftRequestOf<T>;
}
