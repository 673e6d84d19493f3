/** Ready queue entries as `readyQueue.list` returns them, for the queue's tests. */
import type { ReadyQueueEntry } from "../priority-explanation";

let sequence = 0;

/** A ready email action of a medium-risk account, with a valid action id; `overrides` replace any field. */
export function readyQueueEntry(overrides: Partial<ReadyQueueEntry> & { name: string }): ReadyQueueEntry {
  sequence += 1;
  return {
    actionId: `act_01JD3ZQ${String(sequence).padStart(19, "0")}`,
    key: `key-${sequence}`,
    type: "email",
    state: "ready",
    dueAt: "2025-03-03T09:00:00.000Z",
    readySince: "2025-03-01T09:00:00.000Z",
    draftFailure: null,
    milestone: { id: "mst_1", name: "Kickoff" },
    account: {
      id: "acc_01JD3ZQ0000000000000000001",
      name: "Aster Health",
      arr: { amountMinor: 100_000_00, currency: "USD" },
      risk: "medium",
      ownerAgentId: null,
    },
    priority: 31.2,
    components: {
      arr: { points: 15, max: 30, reason: "ARR $100,000.00" },
      risk: { points: 10, max: 30, reason: "Medium risk" },
      due: { points: 5.2, max: 30, reason: "Due in 4 days" },
      age: { points: 1, max: 10, reason: "Ready for 2 days" },
    },
    ...overrides,
  };
}
