import { describe, expect, it } from "vitest";
import { context, primaryContact } from "./testing/fixtures.js";
import { variableContextFrom } from "./variable-context.js";

const sources = {
  account: {
    ...context.account,
    customFields: { plan_name: "Enterprise", seats: 40, premium: true, owner: null },
  },
  contact: { ...primaryContact, customFields: { region: "EMEA" } },
  agent: context.agent,
  milestone: context.milestone,
  action: { dueAt: "2026-02-01T23:30:00.000Z" },
};

describe("variableContextFrom", () => {
  it("builds every built-in and custom-field value", () => {
    expect(variableContextFrom(sources)).toEqual({
      "contact.first_name": "Ana",
      "contact.last_name": "Silva",
      "contact.email": "ana@acme.com",
      "account.name": "Acme Corp",
      "agent.name": "Sam Carter",
      "agent.email": "sam@trellis.dev",
      "milestone.name": "Kickoff",
      // 23:30 UTC on Sunday is already Monday in Paris, the agent's time zone.
      "action.due_date": "Monday, February 2, 2026",
      "account.plan_name": "Enterprise",
      "account.seats": "40",
      "account.premium": "yes",
      "contact.region": "EMEA",
    });
  });

  it.each([
    ["UTC", "Sunday, February 1, 2026"],
    ["America/New_York", "Sunday, February 1, 2026"],
    ["Asia/Tokyo", "Monday, February 2, 2026"],
  ])("formats the due date in the given time zone (%s)", (timeZone, expected) => {
    expect(variableContextFrom({ ...sources, timeZone })["action.due_date"]).toBe(expected);
  });

  it("formats the due date in another locale when asked", () => {
    expect(variableContextFrom({ ...sources, timeZone: "UTC", locale: "fr-FR" })["action.due_date"]).toBe(
      "dimanche 1 février 2026",
    );
  });

  it.each([
    [
      "no contact",
      { ...sources, contact: null },
      ["contact.first_name", "contact.last_name", "contact.email", "contact.region"],
    ],
    ["no due date", { ...sources, action: { dueAt: null } }, ["action.due_date"]],
    [
      "a blank last name",
      { ...sources, contact: { ...sources.contact, lastName: "" } },
      ["contact.last_name"],
    ],
    ["a null custom field", sources, ["account.owner"]],
  ])("leaves values out for %s, so they stay unresolved", (_, input, missing) => {
    const values = variableContextFrom(input);
    for (const name of missing) expect(values).not.toHaveProperty([name]);
  });

  it("never lets a custom field shadow a built-in variable", () => {
    const values = variableContextFrom({
      account: { name: "Acme Corp", customFields: { name: "Spoofed" } },
    });
    expect(values["account.name"]).toBe("Acme Corp");
  });
});
