/** What a worker asks for when it claims queued work (jobs or deliveries) across organizations. */
export interface WorkClaim {
  /** Who holds the claim: unique per worker process. */
  workerId: string;
  batchSize: number;
  /** How long the claim is the worker's before another worker may take the row back. */
  leaseSeconds: number;
  now: Date;
}
