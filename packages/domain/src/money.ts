/** Money in integer minor units (cents) with its ISO 4217 currency: never floating point. */
import { z } from "zod";

export const currencyCodeSchema = z
  .string()
  .regex(/^[A-Z]{3}$/, "must be an ISO 4217 currency code such as USD")
  .describe("ISO 4217 currency code");

export const moneySchema = z
  .object({
    amountMinor: z.number().int().describe("amount in the currency's minor unit, e.g. cents"),
    currency: currencyCodeSchema,
  })
  .describe("an amount of money");
export type Money = z.infer<typeof moneySchema>;

/** Minor units per major unit for a currency (2 for USD, 0 for JPY, 3 for KWD). */
export function minorUnitDigits(currency: string): number {
  return (
    new Intl.NumberFormat("en", { style: "currency", currency }).resolvedOptions().maximumFractionDigits ?? 2
  );
}

/** Builds a `Money` from a major-unit amount, rounding to the currency's minor unit. */
export function money(amountMajor: number, currency: string): Money {
  const factor = 10 ** minorUnitDigits(currency);
  return moneySchema.parse({ amountMinor: Math.round(amountMajor * factor), currency });
}

/**
 * Formats money for people.
 *
 * @example
 * formatMoney({ amountMinor: 12_000_000, currency: "USD" }); // "$120,000.00"
 */
export function formatMoney(value: Money, locale = "en-US"): string {
  const factor = 10 ** minorUnitDigits(value.currency);
  return new Intl.NumberFormat(locale, { style: "currency", currency: value.currency }).format(
    value.amountMinor / factor,
  );
}
