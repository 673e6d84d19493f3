import { defineProject } from "vitest/config";

// The portal's e2e suite: the real API and worker, the built portal and workspace, and Chromium. One file at a time,
// with timeouts for a loaded 2-core CI machine.
export default defineProject({
  test: {
    name: "portal-e2e",
    root: import.meta.dirname,
    include: ["**/*.e2e.test.ts"],
    environment: "node",
    testTimeout: 180_000,
    hookTimeout: 180_000,
    fileParallelism: false,
    sequence: { concurrent: false },
  },
});
