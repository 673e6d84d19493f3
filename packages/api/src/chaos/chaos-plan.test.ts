import { describe, expect, it } from "vitest";
import { KILL_POINTS, pickKillPlan, seededRandom } from "./chaos-plan.js";

describe("chaos kill plans", () => {
  it("repeat for the same seed and cover every kill point", () => {
    const draw = (seed: number) => {
      const random = seededRandom(seed);
      return Array.from({ length: 200 }, () => pickKillPlan(random));
    };
    expect(draw(7)).toEqual(draw(7));
    expect(draw(7)).not.toEqual(draw(8));
    expect(new Set(draw(7).map((plan) => plan.point))).toEqual(new Set(KILL_POINTS));
    expect(draw(7).every((plan) => plan.occurrence >= 1 && plan.occurrence <= 3)).toBe(true);
  });
});
