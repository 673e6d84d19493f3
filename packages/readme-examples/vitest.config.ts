import { defineProject } from "vitest/config";

// Each example starts its own tsx process; give a cold machine time.
export default defineProject({ test: { name: "readme-examples", testTimeout: 60_000 } });
