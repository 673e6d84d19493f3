import { ACTION_TYPES, type ActionState, type ActionType, type ActorKind } from "@trellis/domain";
import { describe, expect, it } from "vitest";
import type { ActionEventType } from "./action-event.js";
import { ACTOR_BY_KIND, AGENT, context, NOW, sampleEvent, snapshot } from "./test-support/fixtures.js";
import { transition } from "./transition.js";

// The expected outcome of every (state, event) pair, written out by hand from SPEC §B rather than derived from
// the machine's own table. Sent by the right actor, with a valid payload and a complete draft.
const REFUSED = "refused";
type Outcome = ActionState | typeof REFUSED;
type Expected = Outcome | Record<ActionType, Outcome>;

const EXPECTED: Record<ActionState, Record<ActionEventType, Expected>> = {
  pending: {
    draft_generated: "ready",
    draft_failed: "ready",
    regenerate: REFUSED,
    edit: "pending",
    execute: REFUSED,
    deliver_succeeded: REFUSED,
    deliver_failed: REFUSED,
    customer_responded: REFUSED,
    mark_complete: REFUSED,
    skip: "skipped",
    reschedule: "pending",
  },
  ready: {
    draft_generated: "ready",
    draft_failed: "ready",
    regenerate: "review_pending",
    edit: "ready",
    execute: "executed",
    deliver_succeeded: REFUSED,
    deliver_failed: REFUSED,
    customer_responded: REFUSED,
    mark_complete: REFUSED,
    skip: "skipped",
    reschedule: "ready",
  },
  review_pending: {
    draft_generated: "review_pending",
    draft_failed: "review_pending",
    regenerate: "review_pending",
    edit: "review_pending",
    execute: "executed",
    deliver_succeeded: REFUSED,
    deliver_failed: REFUSED,
    customer_responded: REFUSED,
    mark_complete: REFUSED,
    skip: "skipped",
    reschedule: "review_pending",
  },
  executed: {
    draft_generated: REFUSED,
    draft_failed: REFUSED,
    regenerate: REFUSED,
    edit: REFUSED,
    execute: REFUSED,
    deliver_succeeded: {
      email: "executed",
      form: "executed",
      document: "executed",
      meeting: "executed",
      slack: "completed",
      manual: "executed",
    },
    deliver_failed: "executed",
    // Each type gets its typical response: form submitted, all documents in, meeting booked, a reply.
    customer_responded: {
      email: "executed",
      form: "completed",
      document: "completed",
      meeting: "executed",
      slack: "executed",
      manual: REFUSED,
    },
    mark_complete: "completed",
    skip: REFUSED,
    reschedule: REFUSED,
  },
  completed: {
    draft_generated: REFUSED,
    draft_failed: REFUSED,
    regenerate: REFUSED,
    edit: REFUSED,
    execute: REFUSED,
    deliver_succeeded: REFUSED,
    deliver_failed: REFUSED,
    customer_responded: REFUSED,
    mark_complete: REFUSED,
    skip: REFUSED,
    reschedule: REFUSED,
  },
  skipped: {
    draft_generated: REFUSED,
    draft_failed: REFUSED,
    regenerate: REFUSED,
    edit: REFUSED,
    execute: REFUSED,
    deliver_succeeded: REFUSED,
    deliver_failed: REFUSED,
    customer_responded: REFUSED,
    mark_complete: REFUSED,
    skip: REFUSED,
    reschedule: REFUSED,
  },
};

const SENDER: Record<ActionEventType, ActorKind> = {
  draft_generated: "system",
  draft_failed: "system",
  regenerate: "agent",
  edit: "agent",
  execute: "agent",
  deliver_succeeded: "system",
  deliver_failed: "system",
  customer_responded: "contact",
  mark_complete: "agent",
  skip: "agent",
  reschedule: "agent",
};

function expectedFor(state: ActionState, event: ActionEventType, type: ActionType): Outcome {
  const cell = EXPECTED[state][event];
  return typeof cell === "string" ? cell : cell[type];
}

const cases = ACTION_TYPES.flatMap((type) =>
  (Object.keys(EXPECTED) as ActionState[]).flatMap((state) =>
    (Object.keys(EXPECTED[state]) as ActionEventType[]).map((event) => ({
      type,
      state,
      event,
      expected: expectedFor(state, event, type),
    })),
  ),
);

describe("every state × event pair", () => {
  it("covers 6 states × 11 events for each of the 6 action types", () => {
    expect(cases).toHaveLength(6 * 11 * 6);
  });

  it.each(cases)("$type: $state + $event → $expected", ({ type, state, event, expected }) => {
    const actor = ACTOR_BY_KIND[SENDER[event]];
    const result = transition(snapshot(state, type), sampleEvent(event, type), context(actor));
    if (expected === REFUSED) {
      expect(result).toEqual({ ok: false, error: expect.objectContaining({ code: "INVALID_TRANSITION" }) });
      return;
    }
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.next).toBe(expected);
    const history = result.effects.filter((effect) => effect.type === "history");
    expect(history).toEqual([
      expect.objectContaining({ fromState: state, toState: expected, actor, at: NOW }),
    ]);
  });
});

describe("a refusal", () => {
  it("reports the state and the event it refused", () => {
    const result = transition(snapshot("completed"), sampleEvent("execute"), context(AGENT));
    expect(result).toEqual({
      ok: false,
      error: {
        code: "INVALID_TRANSITION",
        state: "completed",
        event: "execute",
        actionType: "email",
        message: "Cannot execute an action that is completed",
      },
    });
  });
});
