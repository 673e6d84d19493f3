import { describe, expect, it } from "vitest";
import { formatMoney, minorUnitDigits, money, moneySchema } from "./money.js";

describe("money", () => {
  it("stores major amounts as integer minor units of the currency", () => {
    expect(money(120_000, "USD")).toEqual({ amountMinor: 12_000_000, currency: "USD" });
    expect(money(5_000, "JPY")).toEqual({ amountMinor: 5_000, currency: "JPY" });
    expect(money(1.2345, "KWD")).toEqual({ amountMinor: 1_235, currency: "KWD" });
    expect(money(0.1 + 0.2, "EUR")).toEqual({ amountMinor: 30, currency: "EUR" });
  });

  it("knows each currency's minor unit", () => {
    expect([minorUnitDigits("USD"), minorUnitDigits("JPY"), minorUnitDigits("KWD")]).toEqual([2, 0, 3]);
  });

  it("formats for people", () => {
    expect(formatMoney({ amountMinor: 12_000_000, currency: "USD" })).toBe("$120,000.00");
    expect(formatMoney({ amountMinor: 5_000, currency: "JPY" })).toBe("¥5,000");
  });

  it("rejects fractional minor units and unknown currency shapes", () => {
    expect(moneySchema.safeParse({ amountMinor: 1.5, currency: "USD" }).success).toBe(false);
    expect(moneySchema.safeParse({ amountMinor: 100, currency: "usd" }).success).toBe(false);
  });
});
