import type { PlaybookDefinition } from "@trellis/domain";
import { describe, expect, it } from "vitest";
import { buildTemplateFeedback } from "./template-feedback.js";

const definition = {
  name: "Onboarding",
  description: "",
  milestones: [
    {
      key: "welcome",
      name: "Welcome",
      description: "",
      startOffsetHours: 0,
      actions: [
        { key: "hello", name: "Hello email", type: "email" },
        { key: "form", name: "Kickoff form", type: "form" },
      ],
    },
  ],
} as unknown as PlaybookDefinition;

const row = (key: string, counts: Partial<Record<string, number>>) => ({
  key,
  instances: 0,
  executed: 0,
  edited_before_execute: 0,
  edits_before_execute: 0,
  skipped: 0,
  regenerated: 0,
  regenerations: 0,
  ...counts,
});

describe("buildTemplateFeedback", () => {
  const feedback = buildTemplateFeedback({ id: "tpl_1", version: 3, definition }, [
    row("old_step", { instances: 2, skipped: 2 }),
    row("hello", {
      instances: 4,
      executed: 3,
      edited_before_execute: 2,
      edits_before_execute: 5,
      regenerated: 1,
      regenerations: 2,
    }),
  ]);

  it("lists every template action in order, uncounted ones at zero, removed keys last", () => {
    expect(feedback.actions.map((a) => [a.key, a.name, a.inTemplate, a.instances])).toEqual([
      ["hello", "Hello email", true, 4],
      ["form", "Kickoff form", true, 0],
      ["old_step", "old_step", false, 2],
    ]);
  });

  it("gives rates over the right base, null when there is none", () => {
    expect(feedback.actions[0]?.rates).toEqual({ editedBeforeExecute: 0.667, skipped: 0, regenerated: 0.25 });
    expect(feedback.actions[1]?.rates).toEqual({
      editedBeforeExecute: null,
      skipped: null,
      regenerated: null,
    });
    expect(feedback.totals).toMatchObject({ instances: 6, executed: 3, skipped: 2, regenerations: 2 });
    expect(feedback.totals.rates).toEqual({ editedBeforeExecute: 0.667, skipped: 0.333, regenerated: 0.167 });
  });
});
