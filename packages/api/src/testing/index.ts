export { type FixedClock, fixedClock } from "./fixed-clock.js";
export { callerFor } from "./test-caller.js";
export { createTestAction, createTestWorld, SAMPLE_CONTENT, type TestWorld } from "./test-world.js";
