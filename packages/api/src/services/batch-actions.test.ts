import type { TenantScope } from "@trellis/db";
import { type ActionId, newId } from "@trellis/domain";
import { describe, expect, it } from "vitest";
import { z } from "zod";
import { DomainFailure } from "../domain-failure.js";
import { batchItemKey, runBatch, type TenantRunner } from "./batch-actions.js";

const scope = {} as TenantScope;
const transactions: string[] = [];
const tenant: TenantRunner = async (work) => {
  transactions.push("begin");
  return work(scope);
};

describe("runBatch", () => {
  it("runs each item in its own transaction and reports each outcome in order", async () => {
    transactions.length = 0;
    const ids: ActionId[] = [newId("action"), newId("action"), newId("action"), newId("action")];
    const results = await runBatch(tenant, ids, async (_scope, actionId) => {
      if (actionId === ids[1])
        throw new DomainFailure({ code: "INVALID_TRANSITION", message: "Cannot skip" });
      if (actionId === ids[2]) throw new Error("connection reset");
      if (actionId === ids[3]) z.string().parse(1);
      return "skipped";
    });
    expect(transactions).toHaveLength(4);
    expect(results).toEqual([
      { actionId: ids[0], ok: true, state: "skipped" },
      { actionId: ids[1], ok: false, code: "INVALID_TRANSITION", message: "Cannot skip" },
      { actionId: ids[2], ok: false, code: "INTERNAL", message: "Unexpected error: connection reset" },
      { actionId: ids[3], ok: false, code: "VALIDATION_FAILED", message: expect.any(String) },
    ]);
  });
});

describe("batchItemKey", () => {
  it("derives a distinct, stable key per action within the lifecycle's 200-character limit", () => {
    const [a, b] = [newId("action"), newId("action")];
    const batchKey = "k".repeat(160);
    expect(batchItemKey(batchKey, a)).toBe(batchItemKey(batchKey, a));
    expect(batchItemKey(batchKey, a)).not.toBe(batchItemKey(batchKey, b));
    expect(batchItemKey(batchKey, a).length).toBeLessThanOrEqual(200);
  });
});
