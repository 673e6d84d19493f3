import { describe, expect, it } from "vitest";
import { batchCommandFromForm } from "./batch-command";

const A = "act_01JD3ZQ0000000000000000001";
const B = "act_01JD3ZQ0000000000000000002";

function form(entries: [string, string][]): FormData {
  const data = new FormData();
  for (const [name, value] of entries) data.append(name, value);
  return data;
}

describe("batchCommandFromForm", () => {
  it("reads an execute of several actions with its idempotency key", () => {
    const parsed = batchCommandFromForm(
      form([
        ["intent", "execute"],
        ["actionId", A],
        ["actionId", B],
        ["idempotencyKey", "batch-key-1"],
      ]),
    );
    expect(parsed).toEqual({
      ok: true,
      command: { intent: "execute", actionIds: [A, B], idempotencyKey: "batch-key-1" },
    });
  });

  it("refuses a skip without a reason, saying why", () => {
    const parsed = batchCommandFromForm(
      form([
        ["intent", "skip"],
        ["actionId", A],
        ["reason", "  "],
      ]),
    );
    expect(parsed).toEqual({ ok: false, error: "Give a reason for skipping.", intent: "skip" });
  });

  it("refuses an empty selection and a due date without a zone", () => {
    expect(batchCommandFromForm(form([["intent", "execute"]]))).toMatchObject({
      ok: false,
      error: "Select at least one action.",
    });
    expect(
      batchCommandFromForm(
        form([
          ["intent", "reschedule"],
          ["actionId", A],
          ["to", "2026-03-02T09:00"],
        ]),
      ),
    ).toMatchObject({ ok: false, error: "Choose a valid new due date." });
  });
});
