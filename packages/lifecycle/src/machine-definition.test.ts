import { ACTION_STATES, ACTION_TYPES, type ActionState } from "@trellis/domain";
import { describe, expect, it } from "vitest";
import {
  ACTION_TRANSITIONS,
  EVENT_ACTOR,
  findTransitionRule,
  isTerminalActionState,
  TERMINAL_ACTION_STATES,
} from "./machine-definition.js";
import { ACTOR_BY_KIND, context, sampleEvent, snapshot } from "./test-support/fixtures.js";
import { transition } from "./transition.js";

describe("the transition table", () => {
  it("has one rule per legal (state, event) pair", () => {
    const pairs = ACTION_TRANSITIONS.map((rule) => `${rule.from}/${rule.event}`);
    expect(new Set(pairs).size).toBe(pairs.length);
    expect(pairs).toHaveLength(23);
  });

  it("has no way out of completed or skipped", () => {
    expect(TERMINAL_ACTION_STATES).toEqual(["completed", "skipped"]);
    expect(ACTION_TRANSITIONS.filter((rule) => isTerminalActionState(rule.from))).toEqual([]);
  });

  it("never leads from executed back to an earlier state", () => {
    const targets = ACTION_TRANSITIONS.filter((rule) => rule.from === "executed").flatMap((rule) => rule.to);
    expect(new Set(targets)).toEqual(new Set(["executed", "completed"]));
  });

  it("reaches executed only by execute, and skipped only by skip", () => {
    const into = (state: ActionState) =>
      new Set(ACTION_TRANSITIONS.filter((r) => r.from !== state && r.to.includes(state)).map((r) => r.event));
    expect(into("executed")).toEqual(new Set(["execute"]));
    expect(into("skipped")).toEqual(new Set(["skip"]));
  });

  it("gives each rule the actor allowed to send its event", () => {
    for (const rule of ACTION_TRANSITIONS) expect(rule.actor).toBe(EVENT_ACTOR[rule.event]);
  });

  it("describes what transition does: each success lands in one of its rule's targets", () => {
    for (const type of ACTION_TYPES) {
      for (const state of ACTION_STATES) {
        for (const rule of ACTION_TRANSITIONS.filter((r) => r.from === state)) {
          const result = transition(
            snapshot(state, type),
            sampleEvent(rule.event, type),
            context(ACTOR_BY_KIND[rule.actor]),
          );
          if (!result.ok) {
            expect(findTransitionRule(state, rule.event, type)).toBeUndefined();
            continue;
          }
          expect(rule.to).toContain(result.next);
        }
      }
    }
  });
});
