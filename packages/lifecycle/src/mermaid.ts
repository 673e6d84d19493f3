/**
 * The lifecycle as a Mermaid `stateDiagram-v2`, generated from the transition table so the README's diagram
 * is the machine itself (a test fails when the README falls behind).
 */
import { ACTION_STATES, ACTION_TYPES, type ActionState } from "@trellis/domain";
import {
  ACTION_TRANSITIONS,
  type ActionTransitionRule,
  INITIAL_ACTION_STATE,
  TERMINAL_ACTION_STATES,
} from "./machine-definition.js";

interface Edge {
  readonly from: ActionState;
  readonly to: ActionState;
  /** Events by who sends them and under which condition, e.g. "agent" → ["edit", "reschedule"]. */
  readonly events: Map<string, string[]>;
}

function qualifier(rule: ActionTransitionRule, to: ActionState): string {
  const parts: string[] = [rule.actor];
  const condition = to !== rule.from ? rule.when : undefined;
  if (condition) parts.push(condition);
  else if (rule.onlyFor) {
    const { types } = rule.onlyFor;
    parts.push(`not ${ACTION_TYPES.filter((type) => !types.includes(type)).join(", ")}`);
  }
  return parts.join(", ");
}

// "draft_generated, draft_failed (system) / edit, reschedule (agent)": events sharing actor and condition
// are listed together so each arrow stays readable.
function label(edge: Edge): string {
  return [...edge.events].map(([who, events]) => `${events.join(", ")} (${who})`).join(" / ");
}

/**
 * Renders the transitions as a Mermaid state diagram: one arrow per (from, to) pair, labelled with its events
 * and who sends them.
 *
 * @example
 * toMermaid().split("\n")[0]; // "stateDiagram-v2"
 */
export function toMermaid(transitions: readonly ActionTransitionRule[] = ACTION_TRANSITIONS): string {
  const edges = new Map<string, Edge>();
  for (const rule of transitions) {
    for (const to of rule.to) {
      const key = `${rule.from} ${to}`;
      const edge = edges.get(key) ?? { from: rule.from, to, events: new Map<string, string[]>() };
      const who = qualifier(rule, to);
      edge.events.set(who, [...(edge.events.get(who) ?? []), rule.event]);
      edges.set(key, edge);
    }
  }
  const arrows = [...edges.values()]
    .sort((a, b) => ACTION_STATES.indexOf(a.from) - ACTION_STATES.indexOf(b.from))
    .map((edge) => `  ${edge.from} --> ${edge.to}: ${label(edge)}`);
  return [
    "stateDiagram-v2",
    `  [*] --> ${INITIAL_ACTION_STATE}`,
    ...arrows,
    ...TERMINAL_ACTION_STATES.map((state) => `  ${state} --> [*]`),
  ].join("\n");
}
