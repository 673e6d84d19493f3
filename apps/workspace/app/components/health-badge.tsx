import { HEALTH_STATUS_LABELS, type HealthStatus } from "@trellis/domain";
import { Badge, type BadgeTone } from "./badge";

const HEALTH_TONES: Record<HealthStatus, BadgeTone> = {
  thriving: "success",
  healthy: "info",
  steady: "warning",
  struggling: "danger",
};

/** An account's latest health: its status as a badge with the score beside it, or "Not scored" without one. */
export function HealthBadge({
  health,
}: {
  readonly health: { readonly score: number; readonly status: HealthStatus } | null;
}) {
  if (!health) return <Badge>Not scored</Badge>;
  return (
    <span className="inline-flex items-center gap-1.5">
      <Badge tone={HEALTH_TONES[health.status]}>{HEALTH_STATUS_LABELS[health.status]}</Badge>
      <span className="text-xs text-slate-700 tabular-nums">
        {health.score}
        <span className="sr-only"> out of 100</span>
      </span>
    </span>
  );
}
