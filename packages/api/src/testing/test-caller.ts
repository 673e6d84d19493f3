import { appRouter } from "../root.js";
import { createCallerFactory } from "../trpc.js";
import type { TestWorld } from "./test-world.js";

const createCaller = createCallerFactory(appRouter);

/** A server-side tRPC caller signed in as the world's agent (or anonymous), for router tests. */
export function callerFor(world: TestWorld, as: "agent" | "anonymous" = "agent") {
  return createCaller({
    deps: world.deps,
    caller: as === "agent" ? world.agent : { kind: "anonymous" },
    requestId: "test-request",
  });
}
