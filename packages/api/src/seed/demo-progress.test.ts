import { describe, expect, it } from "vitest";
import { demoStepsTo, demoTargetState } from "./demo-progress.js";

describe("demoTargetState", () => {
  it("keeps actions whose trigger has not fired pending", () => {
    expect(demoTargetState({ accountIndex: 0, actionIndex: 0, firedHoursAgo: null })).toBe("pending");
    expect(demoTargetState({ accountIndex: 0, actionIndex: 0, firedHoursAgo: -5 })).toBe("pending");
  });

  it("moves older actions further along", () => {
    const place = { accountIndex: 0, actionIndex: 0 };
    expect(demoTargetState({ ...place, firedHoursAgo: 0 })).toBe("ready");
    expect(demoTargetState({ ...place, firedHoursAgo: 30 })).toBe("executed");
    expect(demoTargetState({ ...place, firedHoursAgo: 100 })).toBe("completed");
  });

  it("skips one in seven fired actions and asks for regenerations among the fresh ones", () => {
    expect(demoTargetState({ accountIndex: 2, actionIndex: 0, firedHoursAgo: 200 })).toBe("skipped");
    expect(demoTargetState({ accountIndex: 0, actionIndex: 1, firedHoursAgo: 2 })).toBe("review_pending");
  });
});

describe("demoStepsTo", () => {
  it("walks through ready to every later state", () => {
    expect(demoStepsTo("pending")).toEqual([]);
    expect(demoStepsTo("completed")).toEqual(["draft", "execute", "complete"]);
    expect(demoStepsTo("review_pending")).toEqual(["draft", "regenerate"]);
  });
});
