import { z } from "zod";
import { actionContentSchema } from "./action-content/action-content.js";
import { actionTypeSchema } from "./action-type.js";
import { organizationIdSchema, playbookTemplateIdSchema } from "./ids.js";
import { utcTimestampSchema } from "./time.js";
import { actionKeySchema, triggerDependencies, triggerSchema } from "./trigger.js";

/** One action of a milestone in a playbook: what to draft, when, and whether the milestone waits for it. */
export const actionTemplateSchema = z
  .object({
    key: actionKeySchema,
    name: z.string().trim().min(1).max(200).describe("short name, e.g. 'Kickoff email'"),
    type: actionTypeSchema,
    purpose: z
      .string()
      .max(2_000)
      .describe("what the action should achieve; the brief the drafting provider writes from"),
    trigger: triggerSchema,
    blocker: z.boolean().describe("the milestone cannot complete until this action does"),
    dueAfterHours: z
      .number()
      .int()
      .min(0)
      .max(24 * 365)
      .nullable()
      .describe("hours after the trigger fires by which the action is due"),
    content: actionContentSchema
      .nullable()
      .describe("starting content with {{variables}}; the offline provider fills it in"),
  })
  .superRefine((action, ctx) => {
    if (action.content && action.content.type !== action.type) {
      ctx.addIssue({
        code: "custom",
        path: ["content", "type"],
        message: `content is ${action.content.type} but the action is ${action.type}`,
      });
    }
  });
export type ActionTemplate = z.infer<typeof actionTemplateSchema>;

export const milestoneTemplateSchema = z.object({
  key: actionKeySchema,
  name: z.string().trim().min(1).max(200),
  description: z.string().max(2_000),
  startOffsetHours: z
    .number()
    .int()
    .min(0)
    .max(24 * 365)
    .describe("hours after the account's start at which the milestone starts"),
  actions: z.array(actionTemplateSchema).max(200),
});
export type MilestoneTemplate = z.infer<typeof milestoneTemplateSchema>;

/** A playbook as authored (by an admin, or in code with the SDK): ordered milestones with their actions. */
export const playbookDefinitionSchema = z
  .object({
    name: z.string().trim().min(1).max(200),
    description: z.string().max(5_000),
    milestones: z.array(milestoneTemplateSchema).min(1).max(50),
  })
  .superRefine((playbook, ctx) => {
    for (const problem of playbookDefinitionProblems(playbook)) ctx.addIssue({ code: "custom", ...problem });
  });
export type PlaybookDefinition = z.infer<typeof playbookDefinitionSchema>;

export const playbookTemplateSchema = z.object({
  id: playbookTemplateIdSchema,
  organizationId: organizationIdSchema,
  version: z.number().int().min(1).describe("incremented on every edit"),
  definition: playbookDefinitionSchema,
  createdAt: utcTimestampSchema,
  updatedAt: utcTimestampSchema,
});
export type PlaybookTemplate = z.infer<typeof playbookTemplateSchema>;

interface DefinitionProblem {
  path: (string | number)[];
  message: string;
}

/**
 * Cross-field rules of a playbook: unique keys, event triggers that point at an existing action, and no chain of
 * event triggers that waits on itself (those actions would never fire).
 */
export function playbookDefinitionProblems(playbook: {
  milestones: MilestoneTemplate[];
}): DefinitionProblem[] {
  const problems: DefinitionProblem[] = [];
  const milestoneKeys = new Set<string>();
  const actions = new Map<string, { path: (string | number)[]; dependsOn: string[]; type: string }>();

  playbook.milestones.forEach((milestone, m) => {
    if (milestoneKeys.has(milestone.key)) {
      problems.push({
        path: ["milestones", m, "key"],
        message: `milestone key "${milestone.key}" is used twice`,
      });
    }
    milestoneKeys.add(milestone.key);
    milestone.actions.forEach((action, a) => {
      const path = ["milestones", m, "actions", a];
      if (actions.has(action.key)) {
        problems.push({ path: [...path, "key"], message: `action key "${action.key}" is used twice` });
      }
      actions.set(action.key, { path, dependsOn: triggerDependencies(action.trigger), type: action.type });
    });
  });

  for (const [key, action] of actions) {
    for (const dependency of action.dependsOn) {
      const target = actions.get(dependency);
      if (!target) {
        problems.push({
          path: [...action.path, "trigger"],
          message: `trigger waits on action "${dependency}", which is not in the playbook`,
        });
      } else if (dependency === key) {
        problems.push({
          path: [...action.path, "trigger"],
          message: "an action cannot be triggered by itself",
        });
      }
    }
  }

  const graph = new Map(
    [...actions].map(([key, action]) => [key, action.dependsOn.filter((d) => d !== key)]),
  );
  const cycle = findTriggerCycle(graph);
  if (cycle) {
    const first = actions.get(cycle[0] ?? "");
    problems.push({
      path: [...(first?.path ?? []), "trigger"],
      message: `event triggers form a cycle (${cycle.join(" → ")}); none of these actions would ever fire`,
    });
  }
  return problems;
}

function findTriggerCycle(graph: Map<string, string[]>): string[] | null {
  const state = new Map<string, "visiting" | "done">();
  const stack: string[] = [];
  const visit = (key: string): string[] | null => {
    const seen = state.get(key);
    if (seen === "done") return null;
    if (seen === "visiting") return [...stack.slice(stack.indexOf(key)), key];
    state.set(key, "visiting");
    stack.push(key);
    for (const next of graph.get(key) ?? []) {
      if (!graph.has(next)) continue;
      const cycle = visit(next);
      if (cycle) return cycle;
    }
    stack.pop();
    state.set(key, "done");
    return null;
  };
  for (const key of graph.keys()) {
    const cycle = visit(key);
    if (cycle) return cycle;
  }
  return null;
}
