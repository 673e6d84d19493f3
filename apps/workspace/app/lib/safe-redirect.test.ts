import { describe, expect, it } from "vitest";
import { safeRedirectPath } from "./safe-redirect";

describe("safeRedirectPath", () => {
  it("keeps paths on this site", () => {
    expect(safeRedirectPath("/accounts?search=acme")).toBe("/accounts?search=acme");
  });

  it.each(["//evil.test", "/\\evil.test", "https://evil.test/", "accounts", "", null, undefined])(
    "refuses %s",
    (value) => {
      expect(safeRedirectPath(value, "/home")).toBe("/home");
    },
  );
});
