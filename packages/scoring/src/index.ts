/**
 * @trellis/scoring: the pure scores of Trellis: engagement health with explanations and trends, user engagement
 * points and milestone tiers, product adoption, and the Ready-queue priority. No I/O; time is passed in.
 */
export {
  type AdoptionDistribution,
  type AdoptionScore,
  adoptionCategoryForScore,
  adoptionDistribution,
  adoptionScore,
  DEFAULT_ADOPTION_MODEL,
} from "./adoption-score.js";
export {
  type EngagementScore,
  type PointEntry,
  ruleFor,
  type SkippedPointEvent,
  type SkipReason,
  scorePointEvents,
} from "./engagement-score.js";
export { DEFAULT_ENGAGEMENT_TIERS, newlyCrossedTiers, tierForScore } from "./engagement-tiers.js";
export { happinessFromNps, happinessOf } from "./happiness.js";
export {
  explainHealthChange,
  type HealthChangeExplanation,
  type HealthDriver,
  type HealthDriverKind,
} from "./health-explanation.js";
export { applyHealthModelOverride } from "./health-model-override.js";
export { computeHealthScore } from "./health-score.js";
export { healthStatusForScore } from "./health-status.js";
export {
  HEALTH_TREND_WEEKS,
  type HealthTrend,
  type HealthTrendPoint,
  healthTrend,
  isHealthDeclining,
} from "./health-trend.js";
export { gapToTarget, indicatorScore } from "./indicator-score.js";
export { aggregateMetric, type MetricWindow } from "./metric-aggregate.js";
export {
  compareReadyQueueItems,
  type PriorityComponent,
  type RankedReadyQueueItem,
  READY_QUEUE_MAX_POINTS,
  type ReadyQueuePriority,
  type ReadyQueuePriorityOptions,
  RISK_POINTS,
  rankReadyQueue,
  readyQueuePriority,
} from "./ready-queue-priority.js";
export { DEFAULT_SCORE_RULES, mergeScoreRules } from "./score-rules.js";
