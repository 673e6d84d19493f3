import { cleanup, render } from "@testing-library/react";
import { HEALTH_STATUSES, type HealthStatus } from "@trellis/domain";
import { afterEach, describe, expect, it } from "vitest";
import { HealthBadge } from "./health-badge";

afterEach(cleanup);

describe("HealthBadge", () => {
  it("names the status in words, with the score beside it", () => {
    const { container } = render(<HealthBadge health={{ score: 34, status: "struggling" }} />);
    expect(container.textContent).toBe("Struggling34 out of 100");
    expect(container.querySelector(".bg-red-50")?.textContent).toBe("Struggling");
  });

  it("colours each status with its own tone", () => {
    const toneOf = (status: HealthStatus) => {
      const { container } = render(<HealthBadge health={{ score: 50, status }} />);
      const badge = container.querySelector("span span");
      cleanup();
      return badge?.className.match(/bg-[a-z]+-50/)?.[0];
    };
    expect(HEALTH_STATUSES.map(toneOf)).toEqual(["bg-emerald-50", "bg-sky-50", "bg-amber-50", "bg-red-50"]);
  });

  it("says when an account has not been scored", () => {
    const { container } = render(<HealthBadge health={null} />);
    expect(container.textContent).toBe("Not scored");
  });
});
