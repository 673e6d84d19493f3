import { healthModelSchema } from "@trellis/domain";
import { describe, expect, it } from "vitest";
import {
  DEMO_HEALTH_MODEL,
  DEMO_HEALTH_WEEKS,
  demoHealthSnapshots,
  demoMetricSamples,
  demoSnapshotInstants,
} from "./demo-health.js";
import { DEMO_ACCOUNTS } from "./demo-organization.js";

const NOW = new Date("2026-03-02T09:00:00.000Z");

describe("DEMO_HEALTH_MODEL", () => {
  it("is a valid model whose weights add up to 100, minimizing open tickets", () => {
    expect(healthModelSchema.safeParse(DEMO_HEALTH_MODEL).success).toBe(true);
    expect(DEMO_HEALTH_MODEL.indicators.reduce((sum, indicator) => sum + indicator.weight, 0)).toBe(100);
    expect(
      DEMO_HEALTH_MODEL.indicators.find((indicator) => indicator.key === "open_support_tickets"),
    ).toMatchObject({ direction: "minimize" });
  });
});

describe("demoSnapshotInstants", () => {
  it("gives twelve instants a week apart, ending at the start of today (UTC)", () => {
    const instants = demoSnapshotInstants(NOW).map((instant) => instant.toISOString());
    expect(instants).toHaveLength(DEMO_HEALTH_WEEKS);
    expect(instants.at(-1)).toBe("2026-03-02T00:00:00.000Z");
    expect(instants[0]).toBe("2025-12-15T00:00:00.000Z");
  });
});

describe("demoHealthSnapshots", () => {
  const histories = DEMO_ACCOUNTS.map((account) => ({
    account,
    snapshots: demoHealthSnapshots(account, NOW),
  }));

  it("scores every week of every demo account from data for all four indicators", () => {
    for (const { account, snapshots } of histories) {
      expect(snapshots, account.name).toHaveLength(12);
      for (const snapshot of snapshots) {
        expect(snapshot.score, account.name).not.toBeNull();
        expect(snapshot.indicators.map((indicator) => indicator.status)).toEqual([
          "scored",
          "scored",
          "scored",
          "scored",
        ]);
      }
    }
  });

  it("is deterministic for a given instant, and differs between accounts", () => {
    const [first, second] = DEMO_ACCOUNTS;
    if (!first || !second) throw new Error("the demo has accounts");
    expect(demoHealthSnapshots(first, NOW)).toEqual(demoHealthSnapshots(first, NOW));
    const samplesOf = (name: string) =>
      demoMetricSamples({ name, risk: "medium" }, demoSnapshotInstants(NOW)).map((sample) => sample.value);
    expect(samplesOf("Acme Corp")).not.toEqual(samplesOf("Globex"));
  });

  it("ends with every status among the demo accounts", () => {
    const latest = new Set(histories.map(({ snapshots }) => snapshots.at(-1)?.status));
    expect(latest).toEqual(new Set(["thriving", "healthy", "steady", "struggling"]));
  });

  it("lets low-risk accounts thrive and makes high and critical ones decline", () => {
    for (const { account, snapshots } of histories) {
      const first = snapshots[0]?.score ?? 0;
      const last = snapshots.at(-1)?.score ?? 0;
      if (account.risk === "low") expect(last, account.name).toBeGreaterThanOrEqual(80);
      if (account.risk === "high" || account.risk === "critical") {
        expect(last, account.name).toBeLessThan(first - 10);
        expect(snapshots.at(-1)?.status, account.name).not.toBe("thriving");
      }
      if (account.risk === "critical") expect(snapshots.at(-1)?.status, account.name).toBe("struggling");
    }
  });
});
