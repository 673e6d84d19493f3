import { describe, expect, it } from "vitest";
import { context, primaryContact } from "./testing/fixtures.js";
import { previewVariables } from "./variable-preview.js";

const sources = {
  account: { ...context.account, customFields: { plan_name: "Enterprise", seats: 40, owner: null } },
  contact: { ...primaryContact, customFields: { region: "EMEA" } },
  agent: context.agent,
  milestone: context.milestone,
  action: { dueAt: "2026-02-01T23:30:00.000Z" },
  timeZone: "UTC",
};

describe("previewVariables", () => {
  it("lists the built-ins, then the custom fields by name, each with the value it renders to", () => {
    expect(previewVariables(sources)).toEqual([
      { name: "contact.first_name", value: "Ana" },
      { name: "contact.last_name", value: "Silva" },
      { name: "contact.email", value: "ana@acme.com" },
      { name: "account.name", value: "Acme Corp" },
      { name: "agent.name", value: "Sam Carter" },
      { name: "agent.email", value: "sam@trellis.dev" },
      { name: "milestone.name", value: "Kickoff" },
      { name: "action.due_date", value: "Sunday, February 1, 2026" },
      { name: "account.owner", value: null },
      { name: "account.plan_name", value: "Enterprise" },
      { name: "account.seats", value: "40" },
      { name: "contact.region", value: "EMEA" },
    ]);
  });

  it("keeps every built-in, with null for what has no value", () => {
    const preview = previewVariables({ account: sources.account, contact: null, action: { dueAt: null } });
    expect(preview.filter((variable) => variable.value === null).map((variable) => variable.name)).toEqual([
      "contact.first_name",
      "contact.last_name",
      "contact.email",
      "agent.name",
      "agent.email",
      "milestone.name",
      "action.due_date",
      "account.owner",
    ]);
  });

  it("adds other well-formed names once, skipping malformed ones and duplicates", () => {
    const names = previewVariables(sources, [
      "account.tier",
      "Contact.Name",
      "account.name",
      "account.tier",
    ]).map((variable) => variable.name);
    expect(names.filter((name) => name === "account.tier")).toHaveLength(1);
    expect(names.at(-1)).toBe("account.tier");
    expect(names).not.toContain("Contact.Name");
    expect(names.filter((name) => name === "account.name")).toHaveLength(1);
  });

  it("never lets a custom field shadow a built-in", () => {
    const preview = previewVariables({
      ...sources,
      account: { ...sources.account, customFields: { name: "X" } },
    });
    expect(preview.filter((variable) => variable.name === "account.name")).toEqual([
      { name: "account.name", value: "Acme Corp" },
    ]);
  });
});
