import { describe, expect, it } from "vitest";
import { aggregateMetric } from "./metric-aggregate.js";
import { sample } from "./test-support/fixtures.js";

const asOf = "2026-03-08T00:00:00.000Z";

describe("aggregateMetric", () => {
  const samples = [
    sample("logins", "2026-03-01T00:00:00.000Z", 100), // exactly 7 days before: outside (the window is open at its start)
    sample("logins", "2026-03-01T00:00:00.001Z", 10),
    sample("logins", "2026-03-05T12:00:00.000Z", 20),
    sample("logins", "2026-03-08T00:00:00.000Z", 30), // exactly at asOf: inside
    sample("logins", "2026-03-08T00:00:00.001Z", 1_000), // after asOf: ignored
    sample("active_users", "2026-03-06T00:00:00.000Z", 999), // another metric
  ];

  it("sums or averages the samples of the window (asOf − days, asOf]", () => {
    expect(aggregateMetric(samples, { metric: "logins", aggregate: "sum", windowDays: 7 }, asOf)).toBe(60);
    expect(aggregateMetric(samples, { metric: "logins", aggregate: "average", windowDays: 7 }, asOf)).toBe(
      20,
    );
    expect(aggregateMetric(samples, { metric: "logins", aggregate: "sum", windowDays: 8 }, asOf)).toBe(160);
  });

  it("has no data for an empty window, except a sum of a metric that has reported before", () => {
    const earlier = "2026-02-20T00:00:00.000Z";
    expect(
      aggregateMetric(samples, { metric: "logins", aggregate: "average", windowDays: 1 }, earlier),
    ).toBeNull();
    // Nothing at or before 20 February: the metric was not reporting yet.
    expect(
      aggregateMetric(samples, { metric: "logins", aggregate: "sum", windowDays: 1 }, earlier),
    ).toBeNull();
    // Reporting since 1 March, quiet on 10 March: zero logins that day.
    expect(
      aggregateMetric(
        samples,
        { metric: "logins", aggregate: "sum", windowDays: 1 },
        "2026-03-10T00:00:00.000Z",
      ),
    ).toBe(0);
    expect(
      aggregateMetric(
        samples,
        { metric: "logins", aggregate: "average", windowDays: 1 },
        "2026-03-10T00:00:00.000Z",
      ),
    ).toBeNull();
    expect(aggregateMetric([], { metric: "logins", aggregate: "sum", windowDays: 7 }, asOf)).toBeNull();
  });

  it("keeps negative values (a net change can be negative)", () => {
    const net = [
      sample("seats.net", "2026-03-07T00:00:00.000Z", -5),
      sample("seats.net", "2026-03-06T00:00:00.000Z", 2),
    ];
    expect(aggregateMetric(net, { metric: "seats.net", aggregate: "sum", windowDays: 7 }, asOf)).toBe(-3);
  });
});
