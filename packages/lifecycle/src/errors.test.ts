import { ACTION_STATES, ACTION_TYPES, type ActionState } from "@trellis/domain";
import { describe, expect, it } from "vitest";
import { ACTION_EVENT_TYPES, type ActionEventType } from "./action-event.js";
import { EVENT_ACTOR } from "./machine-definition.js";
import { ACTOR_BY_KIND, CONTACT, context, sampleEvent, snapshot } from "./test-support/fixtures.js";
import { transition } from "./transition.js";

// How an agent would say each state and event; kept here, independent of the implementation's wording.
const STATE_IN_WORDS: Record<ActionState, string> = {
  pending: "pending",
  ready: "ready",
  review_pending: "pending review",
  executed: "executed",
  completed: "completed",
  skipped: "skipped",
};
const EVENT_IN_WORDS: Record<ActionEventType, RegExp> = {
  draft_generated: /generated draft/,
  draft_failed: /failed draft/,
  regenerate: /regenerate/,
  edit: /\bedit\b/,
  execute: /\bexecute\b/,
  deliver_succeeded: /successful delivery/,
  deliver_failed: /failed delivery/,
  customer_responded: /customer response/,
  mark_complete: /mark as complete/,
  skip: /\bskip\b/,
  reschedule: /reschedule/,
};

describe("invalid transition messages", () => {
  it.each([
    ["completed", "execute", "Cannot execute an action that is completed"],
    ["executed", "execute", "Cannot execute an action that is executed"],
    ["pending", "execute", "Cannot execute an action that is pending"],
    ["skipped", "skip", "Cannot skip an action that is skipped"],
    ["executed", "edit", "Cannot edit an action that is executed"],
    ["executed", "reschedule", "Cannot reschedule an action that is executed"],
    ["pending", "regenerate", "Cannot regenerate an action that is pending"],
    ["ready", "mark_complete", "Cannot mark as complete an action that is ready"],
    [
      "review_pending",
      "deliver_failed",
      "Cannot record a failed delivery of an action that is pending review",
    ],
    ["completed", "draft_generated", "Cannot attach a generated draft to an action that is completed"],
  ] as const)("in %s, %s reads “%s”", (state, event, message) => {
    const result = transition(
      snapshot(state),
      sampleEvent(event),
      context(ACTOR_BY_KIND[EVENT_ACTOR[event]]),
    );
    expect(!result.ok && result.error.message).toBe(message);
  });

  it("explains why a manual action takes no customer response", () => {
    const result = transition(
      snapshot("executed", "manual"),
      sampleEvent("customer_responded"),
      context(CONTACT),
    );
    expect(!result.ok && result.error).toEqual(
      expect.objectContaining({
        code: "INVALID_TRANSITION",
        message:
          "Cannot record a customer response to an action that is executed: manual actions never reach the customer, so they take no response",
      }),
    );
  });

  const refusals = ACTION_TYPES.flatMap((type) =>
    ACTION_STATES.flatMap((state) =>
      ACTION_EVENT_TYPES.map((event) => ({
        type,
        state,
        event,
        result: transition(
          snapshot(state, type),
          sampleEvent(event, type),
          context(ACTOR_BY_KIND[EVENT_ACTOR[event]]),
        ),
      })),
    ),
  ).filter(({ result }) => !result.ok);

  it("are produced for a good share of pairs (sanity check of this test's input)", () => {
    expect(refusals.length).toBeGreaterThan(200);
  });

  it("name the state and the event in words, for every refused pair", () => {
    for (const { state, event, result } of refusals) {
      if (result.ok) continue;
      expect(result.error.code).toBe("INVALID_TRANSITION");
      expect(result.error.message).toMatch(/^Cannot .+ an action that is /);
      expect(result.error.message).toContain(`an action that is ${STATE_IN_WORDS[state]}`);
      expect(result.error.message).toMatch(EVENT_IN_WORDS[event]);
      expect(result.error).toEqual(expect.objectContaining({ state, event }));
    }
  });
});
