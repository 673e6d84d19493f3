import { describe, expect, it } from "vitest";
import { type ChaosDelivery, chaosReport } from "./chaos-report.js";

const sent = (actionId: string, messageId: string, outcomeUnknown = false): ChaosDelivery => ({
  actionId,
  messageId,
  status: "sent",
  outcomeUnknown,
});

const executed = (...ids: string[]) => ids.map((id) => ({ id, state: "executed" }));

describe("chaosReport", () => {
  it("passes a run where every message arrived once, or again only when flagged outcome unknown", () => {
    const report = chaosReport({
      actions: executed("a", "b"),
      deliveries: [sent("a", "<1@x>"), sent("b", "<2@x>", true)],
      arrivals: new Map([
        ["<1@x>", 1],
        ["<2@x>", 3],
      ]),
      kills: new Map([["delivery_sent", 2]]),
    });
    expect(report).toMatchObject({
      duplicates: 0,
      losses: 0,
      redeliveriesDeduplicated: 2,
      kills: 2,
      problems: [],
    });
  });

  it("counts a message that never arrived, or an action left unexecuted, as a loss", () => {
    const report = chaosReport({
      actions: [...executed("a"), { id: "b", state: "ready" }],
      deliveries: [sent("a", "<1@x>")],
      arrivals: new Map(),
      kills: new Map(),
    });
    expect(report.losses).toBe(2);
    expect(report.problems).toHaveLength(2);
  });

  it("counts two Message-IDs for one action, and an unflagged repeat, as duplicates", () => {
    const report = chaosReport({
      actions: executed("a", "b"),
      deliveries: [sent("a", "<1@x>"), sent("a", "<2@x>"), sent("b", "<3@x>")],
      arrivals: new Map([
        ["<1@x>", 1],
        ["<2@x>", 1],
        ["<3@x>", 2],
      ]),
      kills: new Map(),
    });
    expect(report.duplicates).toBe(2);
    expect(report.losses).toBe(0);
  });
});
