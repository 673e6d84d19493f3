import { defineConfig } from "vitest/config";
import type { Reporter } from "vitest/reporters";

/**
 * Ends the run with one plain line, `Tests: N passed, N failed, N skipped`, that CI logs and tools which do not
 * know vitest's own summary can read.
 */
const plainSummary: Reporter = {
  onTestRunEnd(testModules) {
    const counts = { passed: 0, failed: 0, skipped: 0 };
    for (const module of testModules) {
      for (const test of module.children.allTests()) {
        const state = test.result().state;
        if (state === "passed") counts.passed++;
        else if (state === "failed") counts.failed++;
        else counts.skipped++;
      }
    }
    process.stdout.write(
      `\nTests: ${counts.passed} passed, ${counts.failed} failed, ${counts.skipped} skipped\n`,
    );
  },
};

// One test run over every workspace project; each package keeps its own vitest.config.ts.
export default defineConfig({
  test: {
    projects: [
      "packages/*",
      "apps/*",
      "apps/workspace/e2e/vitest.config.ts",
      "apps/portal/e2e/vitest.config.ts",
    ],
    reporters: ["default", plainSummary],
  },
});
