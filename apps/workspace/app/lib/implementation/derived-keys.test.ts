import { describe, expect, it } from "vitest";
import { deriveKeys, snakeCaseKey } from "./derived-keys";

describe("snakeCaseKey", () => {
  it.each([
    ["Team size (people)", "team_size_people"],
    ["  Région / Pays ", "region_pays"],
    ["2FA enabled?", "field_2fa_enabled"],
    ["¿?", "field"],
    ["", "field"],
  ])("derives %j as %j", (label, key) => {
    expect(snakeCaseKey(label, "field")).toBe(key);
  });

  it("keeps keys within 64 characters without a trailing underscore", () => {
    const key = snakeCaseKey(`${"a".repeat(63)} b`, "field");
    expect(key).toBe("a".repeat(63));
  });
});

describe("deriveKeys", () => {
  it("keeps stored keys and makes new ones unique against every other key", () => {
    expect(
      deriveKeys(
        [
          { key: null, label: "Region" },
          { key: "region", label: "Where are you?" },
          { key: null, label: "Region" },
          { key: null, label: "" },
        ],
        "field",
      ),
    ).toEqual(["region_2", "region", "region_3", "field"]);
  });
});
