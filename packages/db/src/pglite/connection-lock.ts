/**
 * PGlite is one connection. Kysely assumes a connection is exclusive between acquire and release (a transaction
 * spans several queries), so callers queue here instead of interleaving BEGINs on the same session.
 */
export class ConnectionLock {
  #tail: Promise<void> = Promise.resolve();

  /** Resolves with a release function once every earlier holder has released. */
  acquire(): Promise<() => void> {
    let release: () => void = () => {};
    const held = new Promise<void>((resolve) => {
      release = resolve;
    });
    const ready = this.#tail.then(() => release);
    this.#tail = this.#tail.then(() => held);
    return ready;
  }
}
