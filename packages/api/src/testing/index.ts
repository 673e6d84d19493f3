export { contactCallerFor, type TestContact } from "./contact-caller.js";
export { type FixedClock, fixedClock } from "./fixed-clock.js";
export * from "./portal-accounts.js";
export { callerFor } from "./test-caller.js";
export { createTestAction, createTestWorld, SAMPLE_CONTENT, type TestWorld } from "./test-world.js";
