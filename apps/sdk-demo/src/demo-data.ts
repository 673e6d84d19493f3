/** The demo organization: one agent and a handful of accounts with their contacts, on a fixed clock. */
import {
  type Account,
  type Agent,
  type Contact,
  type Milestone,
  money,
  newId,
  type Organization,
  type RiskLevel,
} from "@trellis/domain";

export const DEMO_NOW = "2026-03-02T09:00:00.000Z";

export const organization: Organization = {
  id: newId("organization"),
  name: "Trellis Demo",
  slug: "trellis-demo",
  createdAt: "2026-01-01T00:00:00.000Z",
};

export const agent: Agent = {
  id: newId("agent"),
  organizationId: organization.id,
  name: "Dana Reyes",
  email: "dana@trellis.dev",
  role: "agent",
  timeZone: "Europe/Paris",
  createdAt: "2026-01-01T00:00:00.000Z",
};

function account(name: string, domain: string, arrMajor: number, risk: RiskLevel): Account {
  return {
    id: newId("account"),
    organizationId: organization.id,
    name,
    domains: [domain],
    arr: money(arrMajor, "USD"),
    risk,
    ownerAgentId: agent.id,
    startedAt: "2026-03-02T08:00:00.000Z",
    customFields: { plan: "Enterprise" },
    createdAt: "2026-03-02T08:00:00.000Z",
  };
}

export const accounts = {
  acme: account("Acme Corp", "acme.com", 120_000, "medium"),
  globex: account("Globex", "globex.com", 480_000, "high"),
  initech: account("Initech", "initech.com", 36_000, "low"),
  umbrella: account("Umbrella Health", "umbrella.health", 950_000, "critical"),
} as const;

export const acmeContact: Contact = {
  id: newId("contact"),
  organizationId: organization.id,
  accountId: accounts.acme.id,
  firstName: "Ana",
  lastName: "Silva",
  email: "ana.silva@acme.com",
  title: "VP Operations",
  isPrimary: true,
  customFields: {},
  createdAt: "2026-03-02T08:00:00.000Z",
};

export const acmeKickoff: Milestone = {
  id: newId("milestone"),
  organizationId: organization.id,
  accountId: accounts.acme.id,
  key: "kickoff",
  name: "Kickoff",
  description: "Welcome the customer, agree goals and the plan.",
  position: 0,
  startsAt: "2026-03-02T08:00:00.000Z",
  completedAt: null,
  createdAt: "2026-03-02T08:00:00.000Z",
};
