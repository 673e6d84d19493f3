import { describe, expect, it } from "vitest";
import { accountIdSchema, actionIdSchema, ID_PREFIXES, newId } from "./ids.js";

describe("newId", () => {
  it("prefixes the id with the entity kind and a 26-character ULID body", () => {
    const id = newId("account");
    expect(id).toMatch(/^acc_[0-9A-HJKMNP-TV-Z]{26}$/);
    expect(accountIdSchema.parse(id)).toBe(id);
  });

  it("sorts ids by creation time", () => {
    const zeros = (bytes: Uint8Array) => bytes.fill(0);
    const earlier = newId("action", { now: 1_700_000_000_000, random: zeros });
    const later = newId("action", { now: 1_700_000_000_001, random: zeros });
    expect(earlier < later).toBe(true);
  });

  it("is reproducible with injected time and randomness", () => {
    const fixed = (bytes: Uint8Array) => bytes.fill(7);
    expect(newId("note", { now: 0, random: fixed })).toBe("not_00000000007777777777777777");
  });

  it("gives unique ids", () => {
    const ids = new Set(Array.from({ length: 10_000 }, () => newId("draft")));
    expect(ids.size).toBe(10_000);
  });

  it("has a distinct prefix per kind", () => {
    const prefixes = Object.values(ID_PREFIXES);
    expect(new Set(prefixes).size).toBe(prefixes.length);
  });
});

describe("id schemas", () => {
  it("refuse an id of another kind with a message naming the expected kind", () => {
    const result = actionIdSchema.safeParse(newId("account"));
    expect(result.success).toBe(false);
    expect(result.error?.issues[0]?.message).toBe("must be a action id (act_…)");
  });

  it("refuse lower-case and ambiguous ULID letters", () => {
    expect(accountIdSchema.safeParse("acc_01jd3q4w8n6z0x5m2c7b9v1t3r").success).toBe(false);
    expect(accountIdSchema.safeParse("acc_01JD3Q4W8N6Z0X5M2C7B9V1TIL").success).toBe(false);
  });
});
