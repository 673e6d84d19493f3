import {
  ACTION_STATES,
  type ActionState,
  type ActionType,
  type CustomerResponse,
  type UtcTimestamp,
} from "@trellis/domain";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { actionEffectSchema } from "./action-effect.js";
import type { ActionSnapshot } from "./action-snapshot.js";
import {
  actionTypeArb,
  dueAtArb,
  type LifecycleStep,
  lifecycleStepArb,
  SENDER_KIND,
} from "./test-support/arbitraries.js";
import { historyEntryOf } from "./test-support/fixtures.js";
import { type TransitionResult, transition } from "./transition.js";

const NUM_RUNS = 1_000;
// size "max": lengths spread over the whole range, so many runs live long enough to execute and complete.
const stepsArb = fc.array(lifecycleStepArb, { maxLength: 40, size: "max" });

interface Applied {
  readonly before: ActionSnapshot;
  readonly step: LifecycleStep;
  readonly result: TransitionResult;
}

/** Plays the steps from `start`, folding each success into the snapshot the way the service would. */
function play(start: ActionSnapshot, steps: readonly LifecycleStep[]) {
  const applied: Applied[] = [];
  let current = start;
  for (const step of steps) {
    const { event, ...rest } = step;
    const result = transition(current, event, rest);
    applied.push({ before: current, step, result });
    if (result.ok) {
      const due = result.effects.find((effect) => effect.type === "set_due");
      current = { ...current, state: result.next, dueAt: due ? due.to : current.dueAt };
    }
  }
  return { applied, final: current };
}

// An independent reading of SPEC §B, written without looking at the machine's table.
const BEFORE_EXECUTION: readonly ActionState[] = ["pending", "ready", "review_pending"];
const RESPONSES_TAKEN: Record<ActionType, readonly CustomerResponse["kind"][]> = {
  email: ["replied"],
  form: ["form_submitted", "replied"],
  document: ["document_uploaded", "replied"],
  meeting: ["meeting_booked", "replied"],
  slack: ["replied"],
  manual: [],
};

type Expected = { ok: true; next: ActionState } | { ok: false; code: string };

function reference(state: ActionState, type: ActionType, step: LifecycleStep): Expected {
  const { event } = step;
  const next = (to: ActionState): Expected => ({ ok: true, next: to });
  const refused = (code: string): Expected => ({ ok: false, code });
  const invalid = refused("INVALID_TRANSITION");
  if (step.actor.kind !== SENDER_KIND[event.type]) return refused("FORBIDDEN");
  const beforeExecution = BEFORE_EXECUTION.includes(state);
  switch (event.type) {
    case "draft_generated":
    case "draft_failed":
      return beforeExecution ? next(state === "pending" ? "ready" : state) : invalid;
    case "regenerate":
      return state === "ready" || state === "review_pending" ? next("review_pending") : invalid;
    case "edit":
    case "reschedule":
      return beforeExecution ? next(state) : invalid;
    case "skip":
      return beforeExecution ? next("skipped") : invalid;
    case "execute":
      if (state !== "ready" && state !== "review_pending") return invalid;
      if (!event.confirmed) return refused("CONFIRMATION_REQUIRED");
      if (!step.hasDraft) return refused("DRAFT_MISSING");
      if (step.draftProblems.some((problem) => problem.severity === "error"))
        return refused("DRAFT_INCOMPLETE");
      return next("executed");
    case "deliver_succeeded":
      return state === "executed" ? next(type === "slack" ? "completed" : "executed") : invalid;
    case "deliver_failed":
      return state === "executed" ? next("executed") : invalid;
    case "customer_responded": {
      if (state !== "executed" || type === "manual") return invalid;
      const { response } = event;
      if (!RESPONSES_TAKEN[type].includes(response.kind)) return refused("VALIDATION_FAILED");
      const formDone = type === "form" && response.kind === "form_submitted";
      const documentsDone =
        type === "document" && response.kind === "document_uploaded" && response.allRequiredReceived;
      return next(formDone || documentsDone ? "completed" : "executed");
    }
    case "mark_complete":
      return state === "executed" ? next("completed") : invalid;
  }
}

const newAction = fc.record({
  state: fc.constant<ActionState>("pending"),
  type: actionTypeArb,
  dueAt: dueAtArb,
});
const anyAction = fc.record({
  state: fc.constantFrom(...ACTION_STATES),
  type: actionTypeArb,
  dueAt: dueAtArb,
});

describe("random event sequences", () => {
  it("often live past execution (so the invariants below are exercised, not vacuous)", () => {
    const samples = fc.sample(fc.tuple(newAction, stepsArb), 300);
    const executed = samples.filter(([start, steps]) => {
      const { applied, final } = play(start, steps);
      return [...applied.map((entry) => entry.before.state), final.state].includes("executed");
    });
    expect(executed.length).toBeGreaterThan(300 * 0.25);
  });

  it("agree step by step with a reference reading of SPEC §B", () => {
    fc.assert(
      fc.property(anyAction, stepsArb, (start, steps) => {
        for (const { before, step, result } of play(start, steps).applied) {
          const expected = reference(before.state, before.type, step);
          if (expected.ok) expect(result).toEqual(expect.objectContaining({ ok: true, next: expected.next }));
          else expect(!result.ok && result.error.code).toBe(expected.code);
        }
      }),
      { numRuns: NUM_RUNS },
    );
  });

  it("never return to pending, ready or review_pending once executed", () => {
    fc.assert(
      fc.property(anyAction, stepsArb, (start, steps) => {
        const { applied, final } = play(start, steps);
        const states = [...applied.map((entry) => entry.before.state), final.state];
        const firstExecuted = states.indexOf("executed");
        if (firstExecuted === -1) return;
        for (const state of states.slice(firstExecuted)) expect(BEFORE_EXECUTION).not.toContain(state);
      }),
      { numRuns: NUM_RUNS },
    );
  });

  it("refuse every event once completed or skipped", () => {
    fc.assert(
      fc.property(anyAction, stepsArb, (start, steps) => {
        for (const { before, result } of play(start, steps).applied) {
          if (before.state === "completed" || before.state === "skipped") expect(result.ok).toBe(false);
        }
      }),
      { numRuns: NUM_RUNS },
    );
  });

  it("execute an action at most once, and emit exactly one deliver effect iff it was executed", () => {
    fc.assert(
      fc.property(newAction, stepsArb, (start, steps) => {
        const { applied, final } = play(start, steps);
        const executions = applied.filter((entry) => entry.result.ok && entry.step.event.type === "execute");
        const deliveries = applied.flatMap((entry) =>
          entry.result.ok ? entry.result.effects.filter((effect) => effect.type === "deliver") : [],
        );
        const reachedExecuted = [...applied.map((entry) => entry.before.state), final.state].includes(
          "executed",
        );
        expect(executions.length).toBeLessThanOrEqual(1);
        expect(deliveries.length).toBe(reachedExecuted ? 1 : 0);
        expect(executions.length).toBe(reachedExecuted ? 1 : 0);
      }),
      { numRuns: NUM_RUNS },
    );
  });

  it("leave exactly one history effect per success (first, valid) and nothing on a refusal", () => {
    fc.assert(
      fc.property(anyAction, stepsArb, (start, steps) => {
        for (const { before, step, result } of play(start, steps).applied) {
          if (!result.ok) {
            expect(Object.keys(result).sort()).toEqual(["error", "ok"]);
            continue;
          }
          const histories = result.effects.filter((effect) => effect.type === "history");
          expect(histories).toHaveLength(1);
          expect(result.effects[0]?.type).toBe("history");
          for (const effect of result.effects)
            expect(actionEffectSchema.safeParse(effect).success).toBe(true);
          const [first] = result.effects;
          if (!first) throw new Error("a successful transition must carry a history effect");
          expect(historyEntryOf(first)).toEqual(
            expect.objectContaining({
              fromState: before.state,
              toState: result.next,
              actor: step.actor,
              at: step.now,
            }),
          );
        }
      }),
      { numRuns: NUM_RUNS },
    );
  });

  it("fold to the state the history reports: each entry starts where the last one ended", () => {
    fc.assert(
      fc.property(anyAction, stepsArb, (start, steps) => {
        const { applied, final } = play(start, steps);
        let state = start.state;
        let dueAt: UtcTimestamp | null = start.dueAt;
        for (const { result } of applied) {
          if (!result.ok) continue;
          const [history] = result.effects;
          if (history?.type !== "history") throw new Error("history effect must come first");
          expect(history.fromState).toBe(state);
          if (history.event.type === "rescheduled") expect(history.event.from).toBe(dueAt);
          state = history.toState;
          const due = result.effects.find((effect) => effect.type === "set_due");
          if (due) dueAt = due.to;
        }
        expect(final.state).toBe(state);
        expect(final.dueAt).toBe(dueAt);
      }),
      { numRuns: NUM_RUNS },
    );
  });
});
