import { ACTION_TYPES, type ActionType, type DeliveryChannel } from "@trellis/domain";
import { describe, expect, it } from "vitest";
import type { ActionEffect } from "./action-effect.js";
import {
  AGENT,
  CONTACT,
  context,
  DRAFT_ID,
  DUE_AT,
  historyEntryOf,
  NEW_DUE_AT,
  NOW,
  SYSTEM,
  sampleEvent,
  snapshot,
} from "./test-support/fixtures.js";
import { transition } from "./transition.js";

function effectsOf(result: ReturnType<typeof transition>): readonly ActionEffect[] {
  if (!result.ok) throw new Error(`expected success, got ${result.error.code}: ${result.error.message}`);
  return result.effects;
}

const history = (event: object, fromState: string, toState: string, actor: object) => ({
  type: "history",
  event,
  fromState,
  toState,
  actor,
  at: NOW,
});

describe("effects of each event", () => {
  it("draft_generated makes the new draft current, clears a failure and records provider and model", () => {
    const event = {
      type: "draft_generated",
      draftId: DRAFT_ID,
      provider: "openai",
      model: "gpt-4.1",
    } as const;
    const effects = effectsOf(transition(snapshot("pending"), event, context(SYSTEM)));
    expect(effects).toEqual([
      history(
        { type: "draft_generated", draftId: DRAFT_ID, provider: "openai", model: "gpt-4.1" },
        "pending",
        "ready",
        SYSTEM,
      ),
      { type: "set_current_draft", draftId: DRAFT_ID },
      { type: "clear_draft_failure" },
    ]);
  });

  it("draft_failed leaves the action ready with a visible reason and tells the agent", () => {
    const result = transition(
      snapshot("pending"),
      { type: "draft_failed", reason: "rate limited" },
      context(SYSTEM),
    );
    expect(result.ok && result.next).toBe("ready");
    expect(effectsOf(result)).toEqual([
      history({ type: "draft_failed", reason: "rate limited" }, "pending", "ready", SYSTEM),
      { type: "record_draft_failure", reason: "rate limited", at: NOW },
      {
        type: "notify",
        kind: "draft_failed",
        recipient: "owner_agent",
        title: "The draft could not be generated: rate limited",
      },
    ]);
  });

  it("regenerate asks for a new draft with the agent's instructions", () => {
    const effects = effectsOf(
      transition(snapshot("ready"), { type: "regenerate", instructions: "  Add urgency  " }, context(AGENT)),
    );
    expect(effects).toEqual([
      history(
        { type: "regeneration_requested", instructions: "Add urgency" },
        "ready",
        "review_pending",
        AGENT,
      ),
      { type: "request_draft", instructions: "Add urgency" },
    ]);
  });

  it("edit records the fields and makes the edited draft current (also how a failed draft is written by hand)", () => {
    const effects = effectsOf(transition(snapshot("ready"), sampleEvent("edit"), context(AGENT)));
    expect(effects).toEqual([
      history(
        { type: "edited", draftId: DRAFT_ID, fields: ["subject", "bodyHtml"] },
        "ready",
        "ready",
        AGENT,
      ),
      { type: "set_current_draft", draftId: DRAFT_ID },
      { type: "clear_draft_failure" },
    ]);
  });

  const CHANNELS: Record<ActionType, DeliveryChannel> = {
    email: "email",
    form: "portal",
    document: "portal",
    meeting: "portal",
    slack: "slack",
    manual: "none",
  };

  it.each(ACTION_TYPES)("execute of a %s action delivers once through its channel", (type) => {
    const effects = effectsOf(
      transition(
        snapshot("review_pending", type),
        { type: "execute", confirmed: true, idempotencyKey: "act-7:execute" },
        context(AGENT),
      ),
    );
    expect(effects).toEqual([
      history({ type: "executed", idempotencyKey: "act-7:execute" }, "review_pending", "executed", AGENT),
      { type: "deliver", channel: CHANNELS[type], idempotencyKey: "act-7:execute" },
    ]);
  });

  it("deliver_succeeded of an email is recorded with its reference and waits for the agent", () => {
    const result = transition(snapshot("executed"), sampleEvent("deliver_succeeded"), context(SYSTEM));
    expect(result.ok && result.next).toBe("executed");
    expect(effectsOf(result)).toEqual([
      history(
        { type: "delivery_succeeded", channel: "email", reference: "<message-1@trellis.test>" },
        "executed",
        "executed",
        SYSTEM,
      ),
    ]);
  });

  it("deliver_succeeded of a slack message completes it and notifies the agent", () => {
    const result = transition(
      snapshot("executed", "slack"),
      { type: "deliver_succeeded", reference: null },
      context(SYSTEM),
    );
    expect(result.ok && result.next).toBe("completed");
    expect(effectsOf(result)).toEqual([
      history(
        { type: "delivery_succeeded", channel: "slack", reference: null },
        "executed",
        "completed",
        SYSTEM,
      ),
      expect.objectContaining({ type: "notify", kind: "action_completed", recipient: "owner_agent" }),
    ]);
  });

  it("a final delivery failure notifies the owner agent; a retryable one only goes to history", () => {
    const final = effectsOf(
      transition(
        snapshot("executed"),
        { type: "deliver_failed", reason: "mailbox full", final: true },
        context(SYSTEM),
      ),
    );
    expect(final).toEqual([
      history(
        { type: "delivery_failed", channel: "email", reason: "mailbox full", final: true },
        "executed",
        "executed",
        SYSTEM,
      ),
      {
        type: "notify",
        kind: "delivery_failed",
        recipient: "owner_agent",
        title: "Delivery failed for good: mailbox full",
      },
    ]);
    const retryable = effectsOf(
      transition(
        snapshot("executed"),
        { type: "deliver_failed", reason: "timeout", final: false },
        context(SYSTEM),
      ),
    );
    expect(retryable.map((effect) => effect.type)).toEqual(["history"]);
  });

  it("a submitted form completes the action and tells the agent it is complete", () => {
    const result = transition(
      snapshot("executed", "form"),
      { type: "customer_responded", response: { kind: "form_submitted" } },
      context(CONTACT),
    );
    expect(result.ok && result.next).toBe("completed");
    expect(effectsOf(result)).toEqual([
      history(
        { type: "customer_responded", response: { kind: "form_submitted" } },
        "executed",
        "completed",
        CONTACT,
      ),
      {
        type: "notify",
        kind: "action_completed",
        recipient: "owner_agent",
        title: "The contact submitted the form; the action is complete",
      },
    ]);
  });

  it("a document upload completes the request only once every required document is in", () => {
    const upload = (allRequiredReceived: boolean) =>
      transition(
        snapshot("executed", "document"),
        {
          type: "customer_responded",
          response: { kind: "document_uploaded", documentKey: "w9", allRequiredReceived },
        },
        context(CONTACT),
      );
    const partial = upload(false);
    expect(partial.ok && partial.next).toBe("executed");
    expect(effectsOf(partial)[1]).toEqual(
      expect.objectContaining({ type: "notify", kind: "customer_responded" }),
    );
    const all = upload(true);
    expect(all.ok && all.next).toBe("completed");
    expect(effectsOf(all)[1]).toEqual(expect.objectContaining({ type: "notify", kind: "action_completed" }));
  });

  it("a reply to an email is recorded and the agent is told, but the email stays executed", () => {
    const result = transition(
      snapshot("executed"),
      { type: "customer_responded", response: { kind: "replied" } },
      context(CONTACT),
    );
    expect(result.ok && result.next).toBe("executed");
    expect(effectsOf(result)).toEqual([
      history({ type: "customer_responded", response: { kind: "replied" } }, "executed", "executed", CONTACT),
      { type: "notify", kind: "customer_responded", recipient: "owner_agent", title: "The contact replied" },
    ]);
  });

  it.each(ACTION_TYPES)("mark_complete closes an executed %s action with the agent's note", (type) => {
    const result = transition(
      snapshot("executed", type),
      { type: "mark_complete", note: "Executed by mistake; sent a correction" },
      context(AGENT),
    );
    expect(result.ok && result.next).toBe("completed");
    expect(effectsOf(result)).toEqual([
      history(
        { type: "completed", note: "Executed by mistake; sent a correction", automatic: false },
        "executed",
        "completed",
        AGENT,
      ),
    ]);
  });

  it("mark_complete stores a blank note as no note", () => {
    const effects = effectsOf(
      transition(snapshot("executed"), { type: "mark_complete", note: "   " }, context(AGENT)),
    );
    expect(effects[0]).toEqual(
      expect.objectContaining({ event: { type: "completed", note: null, automatic: false } }),
    );
  });

  it("skip records the reason", () => {
    const effects = effectsOf(
      transition(snapshot("pending"), { type: "skip", reason: "Customer already has SSO" }, context(AGENT)),
    );
    expect(effects).toEqual([
      history({ type: "skipped", reason: "Customer already has SSO" }, "pending", "skipped", AGENT),
    ]);
  });

  it("reschedule records the old and the new due time and moves the due time", () => {
    const effects = effectsOf(transition(snapshot("ready"), sampleEvent("reschedule"), context(AGENT)));
    expect(effects).toEqual([
      history({ type: "rescheduled", from: DUE_AT, to: NEW_DUE_AT }, "ready", "ready", AGENT),
      { type: "set_due", from: DUE_AT, to: NEW_DUE_AT },
    ]);
    const undated = effectsOf(
      transition(snapshot("pending", "email", null), sampleEvent("reschedule"), context(AGENT)),
    );
    expect(undated[1]).toEqual({ type: "set_due", from: null, to: NEW_DUE_AT });
  });
});

describe("history effects", () => {
  it.each([
    ["pending", "draft_generated", SYSTEM],
    ["ready", "regenerate", AGENT],
    ["ready", "execute", AGENT],
    ["executed", "deliver_failed", SYSTEM],
    ["executed", "customer_responded", CONTACT],
    ["executed", "mark_complete", AGENT],
    ["review_pending", "reschedule", AGENT],
  ] as const)("from %s on %s make a valid domain history entry", (state, event, actor) => {
    const effects = effectsOf(transition(snapshot(state), sampleEvent(event), context(actor)));
    const [first] = effects;
    expect(first?.type).toBe("history");
    if (!first) return;
    const entry = historyEntryOf(first);
    expect(entry.fromState).toBe(state);
    expect(entry.actor).toEqual(actor);
  });
});
