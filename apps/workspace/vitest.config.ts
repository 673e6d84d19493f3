import { defineProject } from "vitest/config";

// Component and route tests render into happy-dom; the React Router Vite plugin is not loaded here (it only
// serves the framework build), so tests import route modules directly and render them with createRoutesStub.
export default defineProject({
  test: { name: "workspace", environment: "happy-dom", include: ["app/**/*.test.{ts,tsx}"] },
});
