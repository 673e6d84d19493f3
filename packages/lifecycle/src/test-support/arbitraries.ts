/** fast-check arbitraries for lifecycle events, actors and contexts. Test-only; not exported by the package. */
import {
  ACTION_TYPES,
  type ActionType,
  type Actor,
  type CustomerResponse,
  type DraftProblem,
  draftIdSchema,
} from "@trellis/domain";
import fc from "fast-check";
import type { ActionEvent } from "../action-event.js";
import { ACTOR_BY_KIND } from "./fixtures.js";

const timestamp = fc
  .date({
    min: new Date("2024-01-01T00:00:00.000Z"),
    max: new Date("2030-12-31T23:59:59.999Z"),
    noInvalidDate: true,
  })
  .map((date) => date.toISOString());

const text = (maxLength: number) =>
  fc.string({ minLength: 1, maxLength }).filter((value) => value.trim().length > 0);

const draftId = fc.stringMatching(/^drf_[0-9A-HJKMNP-TV-Z]{26}$/).map((id) => draftIdSchema.parse(id));

export const customerResponseArb: fc.Arbitrary<CustomerResponse> = fc.oneof(
  fc.constant({ kind: "form_submitted" as const }),
  fc.record({
    kind: fc.constant("document_uploaded" as const),
    documentKey: fc.constantFrom("w9", "security_review", "logo"),
    allRequiredReceived: fc.boolean(),
  }),
  fc.record({ kind: fc.constant("meeting_booked" as const), startsAt: timestamp }),
  fc.constant({ kind: "replied" as const }),
);

/** Any event with a valid payload; weighted so that many runs get past execute (and skip does not end most). */
export const actionEventArb: fc.Arbitrary<ActionEvent> = fc.oneof(
  {
    weight: 6,
    arbitrary: fc.record({
      type: fc.constant("draft_generated" as const),
      draftId,
      provider: fc.constantFrom("offline", "openai"),
      model: fc.option(fc.constantFrom("gpt-4.1", "gpt-4.1-mini"), { nil: null }),
    }),
  },
  { weight: 2, arbitrary: fc.record({ type: fc.constant("draft_failed" as const), reason: text(80) }) },
  { weight: 2, arbitrary: fc.record({ type: fc.constant("regenerate" as const), instructions: text(200) }) },
  {
    weight: 2,
    arbitrary: fc.record({
      type: fc.constant("edit" as const),
      draftId,
      fields: fc.uniqueArray(fc.constantFrom("subject", "bodyHtml", "to", "message", "fields"), {
        minLength: 1,
      }),
    }),
  },
  {
    weight: 8,
    arbitrary: fc.record({
      type: fc.constant("execute" as const),
      confirmed: fc.oneof(
        { weight: 4, arbitrary: fc.constant(true) },
        { weight: 1, arbitrary: fc.constant(false) },
      ),
      idempotencyKey: fc.constantFrom("act-1:execute", "act-1:execute:retry"),
    }),
  },
  {
    weight: 4,
    arbitrary: fc.record({
      type: fc.constant("deliver_succeeded" as const),
      reference: fc.option(text(40), { nil: null }),
    }),
  },
  {
    weight: 2,
    arbitrary: fc.record({
      type: fc.constant("deliver_failed" as const),
      reason: text(80),
      final: fc.boolean(),
    }),
  },
  {
    weight: 4,
    arbitrary: fc.record({ type: fc.constant("customer_responded" as const), response: customerResponseArb }),
  },
  {
    weight: 2,
    arbitrary: fc.record({
      type: fc.constant("mark_complete" as const),
      note: fc.option(text(80), { nil: null }),
    }),
  },
  { weight: 1, arbitrary: fc.record({ type: fc.constant("skip" as const), reason: text(80) }) },
  { weight: 2, arbitrary: fc.record({ type: fc.constant("reschedule" as const), to: timestamp }) },
);

const problemArb: fc.Arbitrary<DraftProblem> = fc.record({
  code: fc.constantFrom("placeholder", "unresolved_variable", "empty_required", "recipient_outside_domains"),
  severity: fc.constantFrom("error", "warning"),
  path: fc.constantFrom("subject", "bodyHtml", "to[0]"),
  message: text(60),
  match: fc.option(text(20), { nil: null }),
});

/**
 * One step of an action's life: an event, who sends it (usually, not always, the right kind of actor) and what
 * the service knows about the draft at that moment (sometimes none, sometimes with blocking problems).
 */
export interface LifecycleStep {
  readonly event: ActionEvent;
  readonly actor: Actor;
  readonly now: string;
  readonly hasDraft: boolean;
  readonly draftProblems: DraftProblem[];
}

export const SENDER_KIND = {
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
} as const;

export const lifecycleStepArb: fc.Arbitrary<LifecycleStep> = fc
  .record({
    event: actionEventArb,
    rightActor: fc.oneof(
      { weight: 5, arbitrary: fc.constant(true) },
      { weight: 1, arbitrary: fc.constant(false) },
    ),
    anyActor: fc.constantFrom(...Object.values(ACTOR_BY_KIND)),
    now: timestamp,
    hasDraft: fc.oneof(
      { weight: 4, arbitrary: fc.constant(true) },
      { weight: 1, arbitrary: fc.constant(false) },
    ),
    draftProblems: fc.oneof(
      { weight: 3, arbitrary: fc.constant<DraftProblem[]>([]) },
      { weight: 1, arbitrary: fc.array(problemArb, { minLength: 1, maxLength: 3 }) },
    ),
  })
  .map(({ event, rightActor, anyActor, ...rest }) => ({
    ...rest,
    event,
    actor: rightActor ? ACTOR_BY_KIND[SENDER_KIND[event.type]] : anyActor,
  }));

export const actionTypeArb: fc.Arbitrary<ActionType> = fc.constantFrom(...ACTION_TYPES);
export const dueAtArb = fc.option(timestamp, { nil: null });
