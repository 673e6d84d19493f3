import { describe, expect, it } from "vitest";
import { draftBlocker } from "./execution-guard.js";
import {
  AGENT,
  BLOCKING_PROBLEM,
  context,
  SECOND_BLOCKING_PROBLEM,
  snapshot,
  WARNING_PROBLEM,
} from "./test-support/fixtures.js";
import { transition } from "./transition.js";

const execute = (confirmed: boolean) =>
  ({ type: "execute", confirmed, idempotencyKey: "act-1:execute" }) as const;

describe("execute guards", () => {
  it("refuses an unconfirmed execution, before looking at the draft", () => {
    const result = transition(snapshot("ready"), execute(false), context(AGENT, { hasDraft: false }));
    expect(result.ok).toBe(false);
    expect(!result.ok && result.error.code).toBe("CONFIRMATION_REQUIRED");
  });

  it("refuses to execute without a draft (e.g. after a draft failure)", () => {
    const result = transition(snapshot("ready"), execute(true), context(AGENT, { hasDraft: false }));
    expect(!result.ok && result.error).toEqual({
      code: "DRAFT_MISSING",
      message: "Cannot execute an action without a draft: regenerate it or write it by hand",
    });
  });

  it("refuses a draft with blocking problems and names every one of them", () => {
    const result = transition(
      snapshot("review_pending"),
      execute(true),
      context(AGENT, { draftProblems: [BLOCKING_PROBLEM, WARNING_PROBLEM, SECOND_BLOCKING_PROBLEM] }),
    );
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.error).toEqual({
      code: "DRAFT_INCOMPLETE",
      problems: [BLOCKING_PROBLEM, SECOND_BLOCKING_PROBLEM],
      message:
        "Cannot execute: the draft has 2 blocking problems: placeholder text [Customer Name] (at bodyHtml); " +
        "unresolved variable {{account.tier}} (at subject)",
    });
  });

  it("lets warnings through: they are shown, not blocking", () => {
    const result = transition(
      snapshot("ready"),
      execute(true),
      context(AGENT, { draftProblems: [WARNING_PROBLEM] }),
    );
    expect(result.ok && result.next).toBe("executed");
  });

  it("checks the state before the guards: an executed action is not executed again", () => {
    const result = transition(snapshot("executed"), execute(false), context(AGENT, { hasDraft: false }));
    expect(!result.ok && result.error.code).toBe("INVALID_TRANSITION");
  });
});

describe("draftBlocker", () => {
  it("says why the workspace should disable Execute, or null when the draft is ready", () => {
    expect(draftBlocker({ hasDraft: false, draftProblems: [] })?.code).toBe("DRAFT_MISSING");
    expect(draftBlocker({ hasDraft: true, draftProblems: [BLOCKING_PROBLEM] })?.code).toBe(
      "DRAFT_INCOMPLETE",
    );
    expect(draftBlocker({ hasDraft: true, draftProblems: [WARNING_PROBLEM] })).toBeNull();
  });
});
