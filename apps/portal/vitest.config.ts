import { defineProject } from "vitest/config";

// Component and route tests render into happy-dom (like the workspace's); route modules are imported directly and
// rendered with createRoutesStub, the React Router Vite plugin only serves the framework build.
export default defineProject({
  test: { name: "portal", environment: "happy-dom", include: ["app/**/*.test.{ts,tsx}"] },
});
