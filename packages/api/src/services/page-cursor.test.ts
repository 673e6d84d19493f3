import { describe, expect, it } from "vitest";
import { z } from "zod";
import { DomainFailure } from "../domain-failure.js";
import { decodeCursor, encodeCursor } from "./page-cursor.js";

const schema = z.object({ name: z.string(), id: z.string() });

describe("page cursors", () => {
  it("round-trips a position through an opaque url-safe string", () => {
    const cursor = encodeCursor({ name: "Ünïcode & Co / +", id: "acc_1" });
    expect(cursor).toMatch(/^[A-Za-z0-9_-]+$/);
    expect(decodeCursor(cursor, schema)).toEqual({ name: "Ünïcode & Co / +", id: "acc_1" });
  });

  it("refuses garbage and cursors of another listing as VALIDATION_FAILED", () => {
    for (const cursor of ["%%%", encodeCursor({ priority: 3 }), "bm90IGpzb24"]) {
      expect(() => decodeCursor(cursor, schema)).toThrow(DomainFailure);
      try {
        decodeCursor(cursor, schema);
      } catch (error) {
        expect((error as DomainFailure).code).toBe("VALIDATION_FAILED");
      }
    }
  });
});
