import { formatMoney, type Money as MoneyValue } from "@trellis/domain";

/** An amount of money in its currency, with tabular figures so columns line up. */
export function Money({ value }: { readonly value: MoneyValue }) {
  return <span className="tabular-nums">{formatMoney(value)}</span>;
}
