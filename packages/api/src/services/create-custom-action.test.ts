import { actionKeySchema, newId } from "@trellis/domain";
import { describe, expect, it } from "vitest";
import { customActionKey } from "./create-custom-action.js";

describe("customActionKey", () => {
  const id = newId("action");
  const suffix = id.slice(-8).toLowerCase();

  it("is a valid, readable action key ending in the id's random tail", () => {
    for (const name of ["Renewal heads-up!", "Résumé review", "  2nd call ", "日本語", "x".repeat(120)]) {
      expect(actionKeySchema.safeParse(customActionKey(name, id)).success, name).toBe(true);
    }
    expect(customActionKey("Renewal heads-up!", id)).toBe(`custom_renewal_heads_up_${suffix}`);
    expect(customActionKey("Résumé review", id)).toBe(`custom_resume_review_${suffix}`);
    expect(customActionKey("日本語", id)).toBe(`custom_${suffix}`);
  });
});
