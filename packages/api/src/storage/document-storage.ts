/**
 * Where uploaded documents' bytes live. Keys are random ids the platform chooses, never file names a contact sent,
 * so a key cannot climb out of the store. The local directory store implements it; an S3-style store can later.
 */
export interface DocumentStorage {
  /** Stores `bytes` under `key` (a new key: uploads are never overwritten). */
  put(key: string, bytes: Uint8Array): Promise<void>;
  /** The bytes under `key`, or null when there are none. */
  get(key: string): Promise<Uint8Array | null>;
  /** Removes `key`; removing a missing key is not an error. */
  delete(key: string): Promise<void>;
}
