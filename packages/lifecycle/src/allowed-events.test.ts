import { ACTION_STATES, ACTION_TYPES, type ActorKind, actorKindSchema } from "@trellis/domain";
import { describe, expect, it } from "vitest";
import { ACTION_EVENT_TYPES } from "./action-event.js";
import { allowedEvents } from "./allowed-events.js";
import {
  ACTOR_BY_KIND,
  AGENT,
  CONTACT,
  context,
  SYSTEM,
  sampleEvent,
  snapshot,
} from "./test-support/fixtures.js";
import { transition } from "./transition.js";

const ACTOR_KINDS: readonly ActorKind[] = actorKindSchema.options;

describe("allowedEvents", () => {
  it.each([
    ["pending", "agent", "email", ["edit", "skip", "reschedule"]],
    ["pending", "system", "email", ["draft_generated", "draft_failed"]],
    ["ready", "agent", "email", ["regenerate", "edit", "execute", "skip", "reschedule"]],
    ["review_pending", "agent", "form", ["regenerate", "edit", "execute", "skip", "reschedule"]],
    ["ready", "contact", "form", []],
    ["executed", "agent", "meeting", ["mark_complete"]],
    ["executed", "system", "slack", ["deliver_succeeded", "deliver_failed"]],
    ["executed", "contact", "form", ["customer_responded"]],
    ["executed", "contact", "manual", []],
    ["completed", "agent", "email", []],
    ["skipped", "system", "email", []],
  ] as const)("in %s, %s on a %s action may send %j", (state, actor, type, expected) => {
    expect(allowedEvents(state, actor, type)).toEqual(expected);
  });

  // The workspace shows exactly these buttons, so they must agree with transition in every situation.
  const situations = ACTION_TYPES.flatMap((type) =>
    ACTION_STATES.flatMap((state) => ACTOR_KINDS.map((actorKind) => ({ type, state, actorKind }))),
  );

  it.each(situations)(
    "agrees with transition: $type action, $state, $actorKind",
    ({ type, state, actorKind }) => {
      const allowed = allowedEvents(state, actorKind, type);
      for (const event of ACTION_EVENT_TYPES) {
        const result = transition(
          snapshot(state, type),
          sampleEvent(event, type),
          context(ACTOR_BY_KIND[actorKind]),
        );
        expect({ event, ok: result.ok }).toEqual({ event, ok: allowed.includes(event) });
      }
    },
  );
});

describe("actors", () => {
  it.each([
    [
      "a contact executing",
      "ready",
      "execute",
      CONTACT,
      "A contact cannot execute an action; only an agent can",
    ],
    ["the system skipping", "ready", "skip", SYSTEM, "The system cannot skip an action; only an agent can"],
    [
      "an agent reporting a delivery",
      "executed",
      "deliver_succeeded",
      AGENT,
      "An agent cannot record a successful delivery of an action; only the system can",
    ],
    [
      "an agent answering for the customer",
      "executed",
      "customer_responded",
      AGENT,
      "An agent cannot record a customer response to an action; only a contact can",
    ],
    [
      "a contact generating a draft",
      "pending",
      "draft_generated",
      CONTACT,
      "A contact cannot attach a generated draft to an action; only the system can",
    ],
  ] as const)("refuses %s as FORBIDDEN", (_name, state, event, actor, message) => {
    const result = transition(snapshot(state, "form"), sampleEvent(event, "form"), context(actor));
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.error).toEqual(
      expect.objectContaining({ code: "FORBIDDEN", event, actorKind: actor.kind, message }),
    );
  });
});
