/** Number formatting for the sentences of explanations: fixed en-US so that stored explanations do not vary by server locale. */

const valueFormat = new Intl.NumberFormat("en-US", { maximumFractionDigits: 2 });
const pointsFormat = new Intl.NumberFormat("en-US", { maximumFractionDigits: 1 });

export function formatValue(value: number): string {
  return valueFormat.format(value + 0);
}

/** "+6 points", "−12.5 points", "+1 point": a typographic minus, as people write it. */
export function formatPoints(points: number): string {
  const magnitude = pointsFormat.format(Math.abs(points));
  const sign = magnitude === "0" ? "" : points > 0 ? "+" : "−";
  return `${sign}${magnitude} ${magnitude === "1" ? "point" : "points"}`;
}
