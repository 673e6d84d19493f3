import { defineProject } from "vitest/config";

// The e2e suite: the real API, the built workspace and Chromium per file. One file at a time (each starts its
// own servers and browser), with timeouts for a loaded 2-core CI machine.
export default defineProject({
  test: {
    name: "workspace-e2e",
    root: import.meta.dirname,
    include: ["**/*.e2e.test.ts"],
    environment: "node",
    testTimeout: 120_000,
    hookTimeout: 180_000,
    fileParallelism: false,
    sequence: { concurrent: false },
  },
});
