import type { ActionRow, MilestoneRow } from "@trellis/db";
import type { PlaybookDefinition } from "@trellis/domain";
import { describe, expect, it } from "vitest";
import { groupActionsByMilestone } from "./account-actions.js";

const at = (minute: number) => new Date(Date.UTC(2026, 2, 2, 9, minute));

function milestone(id: string, position: number): MilestoneRow {
  return {
    id,
    organization_id: "org",
    account_id: "acc",
    template_id: null,
    key: id,
    name: id,
    description: "",
    position,
    starts_at: at(0),
    completed_at: null,
    created_at: at(0),
  };
}

function action(key: string, milestoneId: string, templateId: string | null, createdMinute = 0): ActionRow {
  return {
    id: `act_${key}`,
    organization_id: "org",
    account_id: "acc",
    milestone_id: milestoneId,
    template_id: templateId,
    key,
    name: key,
    type: "manual",
    purpose: "",
    state: "pending",
    trigger: { type: "manual" },
    fires_at: null,
    blocker: false,
    custom: templateId === null,
    due_at: null,
    triggered_at: null,
    ready_at: null,
    current_draft_id: null,
    draft_failure_reason: null,
    draft_failure_at: null,
    executed_at: null,
    execute_idempotency_key: null,
    completed_at: null,
    skip_reason: null,
    version: 1,
    created_at: at(createdMinute),
    updated_at: at(createdMinute),
  };
}

const definition = (milestones: Record<string, string[]>): PlaybookDefinition => ({
  name: "Playbook",
  description: "",
  milestones: Object.entries(milestones).map(([key, keys]) => ({
    key,
    name: key,
    description: "",
    startOffsetHours: 0,
    actions: keys.map((actionKey) => ({
      key: actionKey,
      name: actionKey,
      type: "manual" as const,
      purpose: "",
      trigger: { type: "manual" as const },
      blocker: false,
      dueAfterHours: null,
      content: null,
    })),
  })),
});

describe("groupActionsByMilestone", () => {
  it("orders milestones by position and actions by the template, then custom ones by creation", () => {
    const groups = groupActionsByMilestone(
      [milestone("later", 1), milestone("first", 0), milestone("empty", 2)],
      [
        action("custom_b", "first", null, 5),
        action("zeta", "first", "tpl"),
        action("launch", "later", "tpl"),
        action("custom_a", "first", null, 3),
        action("alpha", "first", "tpl"),
        action("dropped_from_template", "first", "tpl", 1),
      ],
      new Map([["tpl", definition({ first: ["zeta", "alpha"], later: ["launch"] })]]),
    );
    expect(groups.map((group) => [group.milestone.id, group.actions.map((a) => a.key)])).toEqual([
      ["first", ["zeta", "alpha", "dropped_from_template", "custom_a", "custom_b"]],
      ["later", ["launch"]],
      ["empty", []],
    ]);
  });

  it("keeps the order of each template apart when an account has actions of two templates", () => {
    const groups = groupActionsByMilestone(
      [milestone("m", 0)],
      [
        action("b2", "m", "tplB"),
        action("a2", "m", "tplA"),
        action("b1", "m", "tplB"),
        action("a1", "m", "tplA"),
      ],
      new Map([
        ["tplA", definition({ m: ["a1", "a2"] })],
        ["tplB", definition({ m: ["b1", "b2"] })],
      ]),
    );
    expect(groups[0]?.actions.map((a) => a.key)).toEqual(["a1", "b1", "a2", "b2"]);
  });
});
