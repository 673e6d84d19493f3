import { describe, expect, it } from "vitest";
import {
  type ActionTemplate,
  type PlaybookDefinition,
  playbookDefinitionSchema,
} from "./playbook-template.js";
import type { Trigger } from "./trigger.js";

function action(key: string, trigger: Trigger, overrides: Partial<ActionTemplate> = {}): ActionTemplate {
  return {
    key,
    name: key,
    type: "manual",
    purpose: "",
    trigger,
    blocker: false,
    dueAfterHours: null,
    content: null,
    ...overrides,
  };
}

const after = (actionKey: string): Trigger => ({
  type: "event",
  on: { kind: "action_completed", actionKey },
});
const atStart: Trigger = { type: "offset", anchor: "milestone_start", offsetHours: 0 };

function playbook(...actions: ActionTemplate[]): PlaybookDefinition {
  return {
    name: "Onboarding",
    description: "",
    milestones: [{ key: "kickoff", name: "Kickoff", description: "", startOffsetHours: 0, actions }],
  };
}

function messages(definition: unknown): string[] {
  return playbookDefinitionSchema.safeParse(definition).error?.issues.map((issue) => issue.message) ?? [];
}

describe("playbook definition", () => {
  it("accepts ordered milestones whose event triggers point at existing actions", () => {
    expect(messages(playbook(action("welcome", atStart), action("follow_up", after("welcome"))))).toEqual([]);
  });

  it("refuses duplicate action keys", () => {
    expect(messages(playbook(action("welcome", atStart), action("welcome", atStart)))).toEqual([
      'action key "welcome" is used twice',
    ]);
  });

  it("refuses a trigger waiting on a missing action", () => {
    expect(messages(playbook(action("follow_up", after("welcome"))))).toEqual([
      'trigger waits on action "welcome", which is not in the playbook',
    ]);
  });

  it("refuses an action triggered by itself", () => {
    expect(messages(playbook(action("loop", after("loop"))))).toEqual([
      "an action cannot be triggered by itself",
    ]);
  });

  it("refuses a cycle of event triggers, naming it", () => {
    expect(
      messages(playbook(action("a", after("c")), action("b", after("a")), action("c", after("b")))),
    ).toEqual(["event triggers form a cycle (a → c → b → a); none of these actions would ever fire"]);
  });

  it("refuses offsets beyond 720 hours", () => {
    const late: Trigger = { type: "offset", anchor: "account_start", offsetHours: 721 };
    expect(messages(playbook(action("late", late)))).toEqual(["Too big: expected number to be <=720"]);
  });

  it("refuses content whose type differs from the action's", () => {
    const content = { type: "manual" as const, description: "x" };
    expect(messages(playbook(action("welcome", atStart, { type: "email", content })))).toEqual([
      "content is manual but the action is email",
    ]);
  });
});
