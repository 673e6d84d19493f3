import {
  HEALTH_STATUS_LABELS,
  type HealthIndicatorResult,
  type HealthSnapshot,
  type HealthStatus,
} from "@trellis/domain";
import { formatPoints, formatValue } from "./number-format.js";
import { roundTo } from "./rounding.js";

/** Why an indicator moved the overall score. */
export type HealthDriverKind =
  | "value_changed"
  | "target_changed"
  | "settings_changed"
  | "weight_changed"
  | "data_lost"
  | "data_returned"
  | "added"
  | "removed";

/** One indicator's side of a health change: its value then and now, and the points it moved the score by. */
export interface HealthDriver {
  key: string;
  name: string;
  kind: HealthDriverKind;
  previousActual: number | null;
  currentActual: number | null;
  previousScore: number | null;
  currentScore: number | null;
  /** Change of the indicator's contribution to the overall score, in points (two decimals). */
  points: number;
  /** For people: "Weekly active users fell from 120 to 80 (−12.5 points)". */
  sentence: string;
}

export interface HealthChangeExplanation {
  previousScore: number | null;
  currentScore: number | null;
  /** `currentScore − previousScore`, or null when either has no score. */
  scoreChange: number | null;
  previousStatus: HealthStatus | null;
  currentStatus: HealthStatus | null;
  statusChanged: boolean;
  /** Indicators that moved the score, largest impact first. */
  drivers: HealthDriver[];
  /** "Health fell from 72 to 64 (−8 points); status changed from Healthy to Steady." */
  summary: string;
}

/** Contributions smaller than this round to "0 points" and are not worth a line. */
const NEGLIGIBLE_POINTS = 0.05;

/**
 * Explains the change between two health snapshots: which indicators moved the overall score and by how many
 * points. An indicator's points are the change of its contribution (`score × effective weight / 100`), so for an
 * indicator whose weight did not change they are `Δ indicator score × weight / 100`, and all drivers together add up
 * to the score change before rounding to whole points. The snapshots carry their own targets and weights, so a model
 * changed in between (or indicators losing data, whose weight goes to the others) is explained too.
 *
 * @example
 * const explanation = explainHealthChange(lastWeek, today);
 * explanation.drivers[0]?.sentence; // "Weekly active users fell from 120 to 80 (−12.5 points)"
 */
export function explainHealthChange(
  previous: HealthSnapshot,
  current: HealthSnapshot,
): HealthChangeExplanation {
  const before = new Map(previous.indicators.map((indicator) => [indicator.key, indicator]));
  const after = new Map(current.indicators.map((indicator) => [indicator.key, indicator]));
  const keys = [...new Set([...before.keys(), ...after.keys()])];

  const drivers = keys
    .map((key) => driverOf(before.get(key), after.get(key)))
    .filter(
      (driver): driver is HealthDriver => driver !== null && Math.abs(driver.points) >= NEGLIGIBLE_POINTS,
    )
    .sort((a, b) => Math.abs(b.points) - Math.abs(a.points) || a.key.localeCompare(b.key));

  const scoreChange =
    previous.score === null || current.score === null ? null : current.score - previous.score;
  const statusChanged = previous.status !== current.status;
  return {
    previousScore: previous.score,
    currentScore: current.score,
    scoreChange,
    previousStatus: previous.status,
    currentStatus: current.status,
    statusChanged,
    drivers,
    summary: summarize(previous, current, statusChanged),
  };
}

function driverOf(
  previous: HealthIndicatorResult | undefined,
  current: HealthIndicatorResult | undefined,
): HealthDriver | null {
  const indicator = current ?? previous;
  if (!indicator) return null;
  const points = roundTo((current?.contribution ?? 0) - (previous?.contribution ?? 0), 2);
  const kind = kindOf(previous, current);
  return {
    key: indicator.key,
    name: indicator.name,
    kind,
    previousActual: previous?.actual ?? null,
    currentActual: current?.actual ?? null,
    previousScore: previous?.score ?? null,
    currentScore: current?.score ?? null,
    points,
    sentence: `${describe(kind, indicator.name, previous, current)} (${formatPoints(points)})`,
  };
}

function kindOf(
  previous: HealthIndicatorResult | undefined,
  current: HealthIndicatorResult | undefined,
): HealthDriverKind {
  if (!previous) return "added";
  if (!current) return "removed";
  if (previous.score === null) return "data_returned";
  if (current.score === null) return "data_lost";
  if (previous.score !== current.score) {
    if (previous.actual !== current.actual) return "value_changed";
    if (previous.target !== current.target) return "target_changed";
    return "settings_changed";
  }
  return "weight_changed";
}

function describe(
  kind: HealthDriverKind,
  name: string,
  previous: HealthIndicatorResult | undefined,
  current: HealthIndicatorResult | undefined,
): string {
  const was = previous?.actual ?? null;
  const now = current?.actual ?? null;
  switch (kind) {
    case "added":
      return `${name} was added to the health model`;
    case "removed":
      return `${name} was removed from the health model`;
    case "data_returned":
      return now === null ? `${name} has data again` : `${name} has data again: ${formatValue(now)}`;
    case "data_lost":
      return was === null ? `${name} has no data` : `${name} has no data (was ${formatValue(was)})`;
    case "value_changed":
      if (was === null || now === null) return `${name} changed`;
      return `${name} ${now > was ? "rose" : "fell"} from ${formatValue(was)} to ${formatValue(now)}`;
    case "target_changed":
      return `${name} target changed from ${formatValue(previous?.target ?? 0)} to ${formatValue(current?.target ?? 0)}`;
    case "settings_changed":
      return `${name} is measured differently (aggregate, window or direction changed)`;
    case "weight_changed": {
      const from = previous?.effectiveWeight ?? 0;
      const to = current?.effectiveWeight ?? 0;
      if (previous?.weight !== current?.weight) {
        return `${name} weight changed from ${formatValue(previous?.weight ?? 0)} to ${formatValue(current?.weight ?? 0)}`;
      }
      return `${name} now counts for ${formatValue(to)}% of the score instead of ${formatValue(from)}%, as indicators without data leave their weight to the others`;
    }
  }
}

function summarize(previous: HealthSnapshot, current: HealthSnapshot, statusChanged: boolean): string {
  let text: string;
  if (previous.score === null && current.score === null) text = "Health has no score: no indicator has data";
  else if (current.score === null)
    text = `Health has no score now (was ${previous.score}): no indicator has data`;
  else if (previous.score === null) text = `Health now scores ${current.score}`;
  else if (current.score === previous.score) text = `Health stayed at ${current.score}`;
  else {
    const direction = current.score > previous.score ? "rose" : "fell";
    text = `Health ${direction} from ${previous.score} to ${current.score} (${formatPoints(current.score - previous.score)})`;
  }
  if (statusChanged && previous.status && current.status) {
    text += `; status changed from ${HEALTH_STATUS_LABELS[previous.status]} to ${HEALTH_STATUS_LABELS[current.status]}`;
  }
  return `${text}.`;
}
