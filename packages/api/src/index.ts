/**
 * @trellis/api: the application. tRPC routers over services; every state change goes through @trellis/lifecycle
 * and writes its effects in the same transaction.
 */
import type { inferRouterInputs, inferRouterOutputs } from "@trpc/server";
import type { AppRouter } from "./root.js";

export type { AppDeps } from "./deps.js";
export { DomainFailure } from "./domain-failure.js";
export { type AppRouter, appRouter } from "./root.js";
export { DEMO_LOGINS, type DemoLogin, type SeedDemoResult, seedDemo } from "./seed/seed-demo.js";
export { agentCaller } from "./services/agent-caller.js";
export { createApiToken, resolveApiToken } from "./services/api-tokens.js";
export {
  type AppliedEvent,
  applyActionEvent,
  type DeliveryPayload,
  GENERATE_DRAFT_JOB,
} from "./services/apply-action-event.js";
export {
  type PortalDocumentUpload,
  type UploadedDocument,
  UploadRefused,
  uploadPortalDocument,
} from "./services/portal-document-upload.js";
export { resolvePortalSession } from "./services/portal-sign-in.js";
export { type ReadyQueuePage, readyQueuePage } from "./services/ready-queue.js";
export { findUploadedFile, type UploadedFile } from "./services/uploaded-file.js";
export type { DocumentStorage } from "./storage/document-storage.js";
export { createLocalDocumentStorage } from "./storage/local-document-storage.js";
export {
  type AgentCaller,
  type Caller,
  type ContactCaller,
  createCallerFactory,
  type TrellisContext,
} from "./trpc.js";
export type { Delivery, DeliverySender, DeliverySenders, SendOutcome } from "./worker/delivery-sender.js";
export { createDeliverySenders, type DeliveryConfig } from "./worker/delivery-senders.js";
export { createWorker, type TickResult, type Worker } from "./worker/worker.js";
export type { WorkerCheckpoint, WorkerDeps } from "./worker/worker-deps.js";
export type { WorkerOptionsInput } from "./worker/worker-options.js";

export type RouterInputs = inferRouterInputs<AppRouter>;
export type RouterOutputs = inferRouterOutputs<AppRouter>;
