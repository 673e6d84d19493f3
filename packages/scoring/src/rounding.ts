/** Rounding and clamping shared by the scores, so every module rounds the same way (and never shows "−0"). */

/** Rounds to a number of decimals; `+ 0` turns a negative zero into 0. */
export function roundTo(value: number, decimals: number): number {
  const factor = 10 ** decimals;
  return Math.round(value * factor) / factor + 0;
}

export function clamp(value: number, min: number, max: number): number {
  return Math.min(max, Math.max(min, value));
}
