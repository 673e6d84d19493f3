/**
 * The worker: one loop that, each tick, fires due triggers, runs draft jobs and delivers the outbox. Several
 * workers (in-process with the API, or their own processes) can share one PostgreSQL: every claim is
 * `FOR UPDATE SKIP LOCKED` with a lease, so each row has one owner at a time and a dead worker's rows come back.
 */
import { deliverOutbox } from "./deliver-outbox.js";
import { fireDueTriggers } from "./fire-due-triggers.js";
import { runDraftJobs } from "./run-draft-jobs.js";
import type { WorkerDeps } from "./worker-deps.js";
import { type WorkerOptionsInput, workerOptionsSchema } from "./worker-options.js";

/** What one tick did: triggers fired, jobs claimed, deliveries claimed. */
export interface TickResult {
  readonly fired: number;
  readonly jobs: number;
  readonly deliveries: number;
}

export interface Worker {
  readonly id: string;
  /** Starts ticking: right away, then every poll interval (at once again while there is a full batch of work). */
  start(): void;
  /** Stops ticking and resolves once the tick in flight (sends, drafts, settlements) has finished. */
  stop(): Promise<void>;
  /** Runs one tick now, for tests and scripts that drive the clock themselves. */
  tick(): Promise<TickResult>;
}

/**
 * @example
 * const worker = createWorker(
 *   { ...deps, senders: createDeliverySenders(deps.db, deps.clock, { smtpUrl: process.env.SMTP_URL }) },
 *   { pollIntervalMs: 500 },
 * );
 * worker.start();
 * process.on("SIGTERM", () => void worker.stop());
 */
export function createWorker(deps: WorkerDeps, optionsInput: WorkerOptionsInput = {}): Worker {
  const options = workerOptionsSchema.parse(optionsInput);
  const onError = deps.onError ?? ((error, where) => console.error(`worker ${options.id}: ${where}`, error));
  const workerDeps: WorkerDeps = { ...deps, onError };
  let running = false;
  let timer: ReturnType<typeof setTimeout> | null = null;
  let inFlight: Promise<TickResult> | null = null;

  // A failing loop (e.g. the database is briefly unreachable) must not stop the other two or the worker.
  async function guarded(where: string, loop: () => Promise<number>): Promise<number> {
    try {
      return await loop();
    } catch (error) {
      onError(error, where);
      return 0;
    }
  }

  async function tick(): Promise<TickResult> {
    const fired = await guarded("firing due triggers", () => fireDueTriggers(workerDeps, options));
    // A slow drafting provider must not hold up deliveries: the two loops run side by side.
    const [jobs, deliveries] = await Promise.all([
      guarded("running jobs", () => runDraftJobs(workerDeps, options)),
      guarded("delivering the outbox", () => deliverOutbox(workerDeps, options)),
    ]);
    return { fired, jobs, deliveries };
  }

  async function loop(): Promise<void> {
    timer = null;
    if (!running) return;
    inFlight = tick();
    const result = await inFlight;
    inFlight = null;
    if (!running) return;
    const busy = Math.max(result.fired, result.jobs, result.deliveries) >= options.batchSize;
    timer = setTimeout(loop, busy ? 0 : options.pollIntervalMs);
  }

  return {
    id: options.id,
    tick,
    start() {
      if (running) return;
      running = true;
      timer = setTimeout(loop, 0);
    },
    async stop() {
      running = false;
      if (timer) clearTimeout(timer);
      timer = null;
      await inFlight;
    },
  };
}
