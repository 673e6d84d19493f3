/** Shared test data: the model and samples the worked examples of the health tests are computed from. */
import { type HealthModel, healthModelSchema, type MetricSample } from "@trellis/domain";

export const saasHealthModel: HealthModel = healthModelSchema.parse({
  name: "SaaS health",
  indicators: [
    {
      key: "weekly_active_users",
      name: "Weekly active users",
      metric: "active_users",
      aggregate: "average",
      windowDays: 7,
      direction: "maximize",
      target: 160,
      weight: 50,
    },
    {
      key: "logins",
      name: "Logins",
      metric: "logins",
      aggregate: "sum",
      windowDays: 30,
      direction: "maximize",
      target: 200,
      weight: 25,
    },
    {
      key: "open_tickets",
      name: "Open tickets",
      metric: "tickets.open",
      aggregate: "average",
      windowDays: 7,
      direction: "minimize",
      target: 4,
      weight: 25,
    },
  ],
});

export function sample(metric: string, at: string, value: number): MetricSample {
  return { metric, at, value };
}

/** Samples for a week ending at `asOf`, with the given average active users, login total and average open tickets. */
export function weekOfSamples(
  asOf: string,
  values: { activeUsers: number | null; logins: number | null; openTickets: number | null },
): MetricSample[] {
  const day = (daysBefore: number) => new Date(Date.parse(asOf) - daysBefore * 86_400_000).toISOString();
  const samples: MetricSample[] = [];
  if (values.activeUsers !== null) {
    samples.push(sample("active_users", day(1), values.activeUsers - 10));
    samples.push(sample("active_users", day(3), values.activeUsers + 10));
  }
  if (values.logins !== null) {
    samples.push(sample("logins", day(2), values.logins / 2));
    samples.push(sample("logins", day(20), values.logins / 2));
  }
  if (values.openTickets !== null) samples.push(sample("tickets.open", day(1), values.openTickets));
  return samples;
}
