/** Uploaded documents in a local directory, outside any web root (the default store). */
import { mkdir, readFile, rm, writeFile } from "node:fs/promises";
import { join } from "node:path";
import type { DocumentStorage } from "./document-storage.js";

const SAFE_KEY = /^[A-Za-z0-9_-]{1,200}$/;

function pathFor(directory: string, key: string): string {
  // Keys are generated ids; anything else is a bug, refused before it can name a path outside the directory.
  if (!SAFE_KEY.test(key)) throw new Error(`Invalid storage key: ${JSON.stringify(key)}`);
  return join(directory, key);
}

/**
 * A `DocumentStorage` in `directory` (created when first written to).
 *
 * @example
 * const storage = createLocalDocumentStorage("/var/lib/trellis/uploads");
 * await storage.put("upl_01JD…", bytes);
 */
export function createLocalDocumentStorage(directory: string): DocumentStorage {
  return {
    async put(key, bytes) {
      const path = pathFor(directory, key);
      await mkdir(directory, { recursive: true });
      await writeFile(path, bytes, { flag: "wx", mode: 0o600 });
    },
    async get(key) {
      try {
        return new Uint8Array(await readFile(pathFor(directory, key)));
      } catch (error) {
        if ((error as NodeJS.ErrnoException).code === "ENOENT") return null;
        throw error;
      }
    },
    async delete(key) {
      await rm(pathFor(directory, key), { force: true });
    },
  };
}
