import {
  type DomainError,
  type HealthIndicator,
  type HealthModel,
  type HealthModelOverride,
  healthModelSchema,
  type Result,
} from "@trellis/domain";

/**
 * Merges an engagement's override into its organization's health model: indicators are changed by key, fields
 * left out keep the base value, and the merged model is validated again (weights must still add up to 100).
 * To replace the model entirely, pass the engagement's own model to `computeHealthScore` instead.
 *
 * @example
 * const merged = applyHealthModelOverride(model, {
 *   indicators: [{ key: "logins", weight: 40 }, { key: "tickets", weight: 20, target: 2 }],
 * });
 * if (!merged.ok) console.error(merged.error.message);
 */
export function applyHealthModelOverride(
  base: HealthModel,
  override: Partial<HealthModelOverride>,
): Result<HealthModel, DomainError<"VALIDATION_FAILED">> {
  const changes = new Map<string, NonNullable<HealthModelOverride["indicators"]>[number]>();
  for (const change of override.indicators ?? []) {
    if (changes.has(change.key)) return invalid(`indicator "${change.key}" is overridden twice`);
    if (!base.indicators.some((indicator) => indicator.key === change.key)) {
      return invalid(`indicator "${change.key}" is not in the model "${base.name}"`);
    }
    changes.set(change.key, change);
  }

  const merged = {
    name: override.name ?? base.name,
    bands: override.bands ?? base.bands,
    indicators: base.indicators.map((indicator): HealthIndicator => {
      const change = changes.get(indicator.key);
      if (!change) return indicator;
      return {
        ...indicator,
        name: change.name ?? indicator.name,
        aggregate: change.aggregate ?? indicator.aggregate,
        windowDays: change.windowDays ?? indicator.windowDays,
        direction: change.direction ?? indicator.direction,
        target: change.target ?? indicator.target,
        weight: change.weight ?? indicator.weight,
      };
    }),
  };

  const parsed = healthModelSchema.safeParse(merged);
  if (parsed.success) return { ok: true, value: parsed.data };
  return invalid(
    parsed.error.issues
      .map((issue) =>
        issue.path.length > 0 ? `${issue.path.map(String).join(".")}: ${issue.message}` : issue.message,
      )
      .join("; "),
  );
}

function invalid(message: string): { ok: false; error: DomainError<"VALIDATION_FAILED"> } {
  return { ok: false, error: { code: "VALIDATION_FAILED", message } };
}
