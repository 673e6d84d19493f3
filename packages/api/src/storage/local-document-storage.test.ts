import { mkdtemp, readdir, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { DocumentStorage } from "./document-storage.js";
import { createLocalDocumentStorage } from "./local-document-storage.js";

describe("createLocalDocumentStorage", () => {
  let directory: string;
  let storage: DocumentStorage;

  beforeAll(async () => {
    directory = join(await mkdtemp(join(tmpdir(), "trellis-storage-")), "uploads");
    storage = createLocalDocumentStorage(directory);
  });
  afterAll(() => rm(directory, { recursive: true, force: true }));

  it("stores, reads and deletes bytes by key", async () => {
    await storage.put("upl_one", new Uint8Array([1, 2, 3]));
    expect(await storage.get("upl_one")).toEqual(new Uint8Array([1, 2, 3]));
    expect(await readdir(directory)).toEqual(["upl_one"]);
    await storage.delete("upl_one");
    expect(await storage.get("upl_one")).toBeNull();
    await expect(storage.delete("upl_one")).resolves.toBeUndefined();
  });

  it("never overwrites a stored key", async () => {
    await storage.put("upl_two", new Uint8Array([1]));
    await expect(storage.put("upl_two", new Uint8Array([2]))).rejects.toThrow();
    expect(await storage.get("upl_two")).toEqual(new Uint8Array([1]));
  });

  it("refuses keys that could name a path outside the directory", async () => {
    await expect(storage.put("../escape", new Uint8Array([1]))).rejects.toThrow(/Invalid storage key/);
    await expect(storage.get("a/b")).rejects.toThrow(/Invalid storage key/);
  });
});
