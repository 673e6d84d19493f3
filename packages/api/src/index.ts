/**
 * @trellis/api: the application. tRPC routers over services; every state change goes through @trellis/lifecycle
 * and writes its effects in the same transaction.
 */
import type { inferRouterInputs, inferRouterOutputs } from "@trpc/server";
import type { AppRouter } from "./root.js";

export type { AppDeps } from "./deps.js";
export { DomainFailure } from "./domain-failure.js";
export { type AppRouter, appRouter } from "./root.js";
export {
  type AppliedEvent,
  applyActionEvent,
  type DeliveryPayload,
  GENERATE_DRAFT_JOB,
} from "./services/apply-action-event.js";
export { type AgentCaller, type Caller, createCallerFactory, type TrellisContext } from "./trpc.js";

export type RouterInputs = inferRouterInputs<AppRouter>;
export type RouterOutputs = inferRouterOutputs<AppRouter>;
