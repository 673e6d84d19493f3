/**
 * The demo organization as plain data: its agents (one admin), and twenty accounts of varied size, risk, owner and
 * age, each with its contacts. Pure and deterministic: the same data on every machine.
 */
import type { AgentRole, RiskLevel } from "@trellis/domain";

export const DEMO_ORGANIZATION = { name: "Northwind CS", slug: "northwind-cs" } as const;

/** The password of every demo agent: printed at start, for trying Trellis locally only. */
export const DEMO_PASSWORD = "trellis-demo";

export interface DemoAgent {
  readonly name: string;
  readonly email: string;
  readonly role: AgentRole;
  readonly timeZone: string;
}

export const DEMO_AGENTS: readonly DemoAgent[] = [
  { name: "Dana Reyes", email: "dana@northwind.test", role: "admin", timeZone: "Europe/Paris" },
  { name: "Sam Okafor", email: "sam@northwind.test", role: "agent", timeZone: "America/New_York" },
  { name: "Priya Natarajan", email: "priya@northwind.test", role: "agent", timeZone: "Asia/Kolkata" },
];

export interface DemoContact {
  readonly firstName: string;
  readonly lastName: string;
  readonly title: string;
}

export interface DemoAccount {
  readonly name: string;
  readonly domain: string;
  readonly arrUsd: number;
  readonly risk: RiskLevel;
  /** Index into DEMO_AGENTS. */
  readonly owner: number;
  /** How long ago the onboarding started: the older, the further its playbook has come. */
  readonly startedDaysAgo: number;
  readonly plan: "Starter" | "Growth" | "Enterprise";
  readonly contacts: readonly DemoContact[];
}

function account(
  name: string,
  domain: string,
  arrUsd: number,
  risk: RiskLevel,
  owner: number,
  startedDaysAgo: number,
  contacts: readonly DemoContact[],
): DemoAccount {
  const plan = arrUsd >= 250_000 ? "Enterprise" : arrUsd >= 60_000 ? "Growth" : "Starter";
  return { name, domain, arrUsd, risk, owner, startedDaysAgo, plan, contacts };
}

const contact = (firstName: string, lastName: string, title: string): DemoContact => ({
  firstName,
  lastName,
  title,
});

export const DEMO_ACCOUNTS: readonly DemoAccount[] = [
  account("Acme Corp", "acme.com", 120_000, "medium", 0, 0, [
    contact("Ana", "Silva", "VP Operations"),
    contact("Tom", "Becker", "IT Lead"),
  ]),
  account("Globex", "globex.com", 480_000, "high", 1, 1, [contact("Hank", "Scorpio", "CEO")]),
  account("Initech", "initech.com", 36_000, "low", 2, 2, [contact("Bill", "Lumbergh", "Division VP")]),
  account("Umbrella Health", "umbrella.health", 950_000, "critical", 0, 4, [
    contact("Alice", "Abernathy", "Chief Medical Officer"),
    contact("Carlos", "Oliveira", "Security Officer"),
  ]),
  account("Stark Logistics", "starklogistics.com", 310_000, "low", 1, 6, [contact("Pepper", "Potts", "COO")]),
  account("Wayne Analytics", "wayneanalytics.com", 720_000, "medium", 2, 9, [
    contact("Lucius", "Fox", "CTO"),
  ]),
  account("Hooli", "hooli.xyz", 260_000, "high", 0, 12, [contact("Gavin", "Belson", "Founder")]),
  account("Pied Piper", "piedpiper.com", 18_000, "medium", 1, 3, [
    contact("Monica", "Hall", "Head of Partnerships"),
  ]),
  account("Vandelay Industries", "vandelay.com", 54_000, "low", 2, 15, [
    contact("Art", "Vandelay", "Importer/Exporter"),
  ]),
  account("Soylent Foods", "soylent.com", 140_000, "critical", 0, 18, [
    contact("Sol", "Roth", "Head of Research"),
  ]),
  account("Tyrell Systems", "tyrell.com", 880_000, "high", 1, 21, [contact("Rachael", "Rosen", "Director")]),
  account("Cyberdyne", "cyberdyne.com", 410_000, "medium", 2, 24, [
    contact("Miles", "Dyson", "Director of Special Projects"),
  ]),
  account("Oscorp", "oscorp.com", 95_000, "low", 0, 7, [contact("Norman", "Osborn", "CEO")]),
  account("Massive Dynamic", "massivedynamic.com", 1_200_000, "medium", 1, 10, [
    contact("Nina", "Sharp", "Executive Director"),
  ]),
  account("Gringotts Finance", "gringotts.com", 640_000, "low", 2, 28, [
    contact("Griphook", "Banks", "Head of Vaults"),
  ]),
  account("Dunder Mifflin", "dundermifflin.com", 24_000, "high", 0, 5, [
    contact("Pam", "Beesly", "Office Administrator"),
    contact("Michael", "Scott", "Regional Manager"),
  ]),
  account("Bluth Company", "bluth.com", 72_000, "critical", 1, 16, [
    contact("Michael", "Bluth", "President"),
  ]),
  account("Prestige Worldwide", "prestigeworldwide.com", 12_000, "medium", 2, 1, [
    contact("Brennan", "Huff", "Co-founder"),
  ]),
  account("Nakatomi Trading", "nakatomi.co.jp", 530_000, "low", 0, 20, [
    contact("Joseph", "Takagi", "President"),
  ]),
  account("Wonka Confections", "wonka.com", 180_000, "medium", 1, 13, [
    contact("Charlie", "Bucket", "Head of Innovation"),
  ]),
];
