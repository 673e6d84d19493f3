import type { RiskLevel } from "@trellis/domain";
import { Badge, type BadgeTone } from "./badge";

const RISK_TONES: Record<RiskLevel, BadgeTone> = {
  low: "success",
  medium: "warning",
  high: "danger",
  critical: "danger",
};

const RISK_LABELS: Record<RiskLevel, string> = {
  low: "Low risk",
  medium: "Medium risk",
  high: "High risk",
  critical: "Critical risk",
};

/** An account's churn risk as a badge. */
export function RiskBadge({ risk }: { readonly risk: RiskLevel }) {
  return <Badge tone={RISK_TONES[risk]}>{RISK_LABELS[risk]}</Badge>;
}
