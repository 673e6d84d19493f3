import type { PlaybookDefinition } from "@trellis/domain";
import { describe, expect, it } from "vitest";
import { firesAtFor, planInstance } from "./instantiate-playbook.js";

const accountStartedAt = new Date("2026-03-02T09:00:00.000Z");
const at = (hours: number) => new Date(accountStartedAt.getTime() + hours * 3_600_000);

const definition: PlaybookDefinition = {
  name: "Onboarding",
  description: "",
  milestones: [
    {
      key: "welcome",
      name: "Welcome",
      description: "",
      startOffsetHours: 0,
      actions: [
        {
          key: "hello",
          name: "Hello",
          type: "email",
          purpose: "",
          trigger: { type: "offset", anchor: "milestone_start", offsetHours: 1 },
          blocker: true,
          dueAfterHours: 24,
          content: null,
        },
      ],
    },
    {
      key: "launch",
      name: "Launch",
      description: "Go live",
      startOffsetHours: 48,
      actions: [
        {
          key: "call",
          name: "Call",
          type: "meeting",
          purpose: "",
          trigger: { type: "offset", anchor: "milestone_start", offsetHours: 2 },
          blocker: false,
          dueAfterHours: null,
          content: null,
        },
        {
          key: "recap",
          name: "Recap",
          type: "email",
          purpose: "",
          trigger: { type: "offset", anchor: "account_start", offsetHours: 3 },
          blocker: false,
          dueAfterHours: 5,
          content: null,
        },
        {
          key: "survey",
          name: "Survey",
          type: "form",
          purpose: "",
          trigger: { type: "event", on: { kind: "action_completed", actionKey: "call" } },
          blocker: false,
          dueAfterHours: 10,
          content: null,
        },
      ],
    },
  ],
};

describe("planInstance", () => {
  const plan = planInstance(definition, {
    accountId: "acc_1",
    templateId: "tpl_1",
    accountStartedAt,
    now: at(100),
  });

  it("creates the milestones in template order from the account's start", () => {
    expect(plan.milestones.map((m) => [m.key, m.position, m.startsAt])).toEqual([
      ["welcome", 0, at(0)],
      ["launch", 1, at(48)],
    ]);
  });

  it("times offset triggers from their anchor and leaves event triggers untimed", () => {
    const launchId = plan.milestones[1]?.id;
    expect(plan.actions.map((a) => [a.key, a.firesAt, a.dueAt])).toEqual([
      ["hello", at(1), at(25)],
      ["call", at(50), null],
      ["recap", at(3), at(8)],
      ["survey", null, null],
    ]);
    expect(plan.actions.slice(1).every((a) => a.milestoneId === launchId)).toBe(true);
    expect(
      plan.actions.every(
        (a) => a.templateId === "tpl_1" && !a.custom && a.at.getTime() === at(100).getTime(),
      ),
    ).toBe(true);
    expect(new Set(plan.actions.map((a) => a.id)).size).toBe(4);
  });
});

describe("firesAtFor", () => {
  it("has no time for manual triggers", () => {
    expect(firesAtFor({ type: "manual" }, { milestoneStart: at(1), accountStart: at(0) })).toBeNull();
  });
});
