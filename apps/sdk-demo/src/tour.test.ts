import { describe, expect, it } from "vitest";
import { runTour } from "./tour.js";

describe("the SDK tour", async () => {
  const lines: string[] = [];
  const outcome = await runTour((line) => lines.push(line));

  it("takes the welcome email to completed with exactly one delivery", () => {
    expect(outcome.finalState).toBe("completed");
    expect(outcome.deliveries).toBe(1);
    expect(outcome.historyLines).toEqual([
      "pending → ready: draft_generated",
      "ready → review_pending: regeneration_requested",
      "review_pending → review_pending: draft_generated",
      "review_pending → executed: executed",
      "executed → executed: delivery_succeeded",
      "executed → completed: completed",
    ]);
  });

  it("refuses the placeholder draft, the unconfirmed and the second execute, and the late skip", () => {
    expect(outcome.refusals).toEqual([
      "Cannot execute: the draft has 1 blocking problem: replace the placeholder text [Customer Name] (at subject)",
      "Executing an action cannot be undone: confirm the execution first",
      "Cannot execute an action that is executed",
      "Cannot skip an action that is completed",
    ]);
  });

  it("renders variables at send time", () => {
    expect(outcome.renderedSubject).toBe("Welcome to Trellis, Acme Corp");
  });

  it("ranks the Ready queue by ARR, risk and due date", () => {
    expect(outcome.readyQueueOrder).toEqual(["Umbrella Health", "Globex", "Initech", "Acme Corp"]);
  });

  it("explains the health change and detects the Starter tier", () => {
    expect(outcome.healthSummary).toBe(
      "Health fell from 96 to 56 (−40 points); status changed from Thriving to Steady.",
    );
    expect(outcome.tiersCrossed).toEqual(["Starter"]);
    expect(lines.at(-1)).toBe("  newly crossed: Starter");
  });
});
