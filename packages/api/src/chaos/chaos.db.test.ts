import { describe, expect, it } from "vitest";
import { runChaos } from "./run-chaos.js";

// The short chaos run: worker processes (tsx) SIGKILLed at random points of execute → send → mark-sent. On
// PostgreSQL two run at once; PGlite allows one process, and each start costs seconds, so it kills fewer.
const kind = process.env.TEST_DATABASE_URL ? "postgres" : "pglite";
const kills = kind === "postgres" ? 12 : 4;

describe(`chaos on ${kind}`, () => {
  it(`kills ${kills} worker processes mid-flight and loses or duplicates nothing`, async () => {
    const report = await runChaos({
      kills,
      seed: 20_260_302,
      database: { kind },
      concurrency: 2,
      log: () => {},
    });
    expect(report.problems).toEqual([]);
    expect(report.duplicates).toBe(0);
    expect(report.losses).toBe(0);
    expect(report.kills).toBeGreaterThanOrEqual(kills);
    expect(report.actions).toBeGreaterThan(kills);
  }, 120_000);
});
