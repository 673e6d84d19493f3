import type { AppDeps } from "../deps.js";
import type { DeliverySenders } from "./delivery-sender.js";

/** The points of a worker's work where tests and the chaos script may stop it (e.g. SIGKILL the process). */
export type WorkerCheckpoint =
  | "trigger_fired"
  | "job_claimed"
  | "draft_stored"
  | "delivery_claimed"
  /** The receiver accepted the message; the outbox does not know yet. */
  | "delivery_sent"
  | "delivery_settled";

/** What a worker needs besides the application's dependencies. */
export interface WorkerDeps extends AppDeps {
  readonly senders: DeliverySenders;
  /** Source of retry jitter, in [0, 1). */
  readonly random?: () => number;
  /** Called at each checkpoint with the job, action or delivery id; awaited before the worker goes on. */
  readonly checkpoint?: (point: WorkerCheckpoint, subjectId: string) => void | Promise<void>;
  /** Where a failure that is not a delivery or draft outcome goes (a bug or a database outage). */
  readonly onError?: (error: unknown, where: string) => void;
}
