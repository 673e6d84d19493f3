import { describe, expect, it } from "vitest";
import { formatBytes, MAX_UPLOAD_BODY_BYTES, uploadBodyProblem } from "./upload-limit";

describe("uploadBodyProblem", () => {
  it("accepts a declared body up to 25 MB", () => {
    expect(uploadBodyProblem("1024")).toBeNull();
    expect(uploadBodyProblem(String(MAX_UPLOAD_BODY_BYTES))).toBeNull();
  });

  it("refuses a larger body before reading it", () => {
    expect(uploadBodyProblem(String(MAX_UPLOAD_BODY_BYTES + 1))).toBe(
      "The file is too large: uploads can be at most 25 MB.",
    );
  });

  it.each([null, "", "abc", "-1", "1.5"])("refuses a body of unknown length (%s)", (value) => {
    expect(uploadBodyProblem(value)).toMatch(/did not say how large/);
  });
});

describe("formatBytes", () => {
  it.each([
    [20 * 1024 * 1024, "20 MB"],
    [1.5 * 1024 * 1024, "1.5 MB"],
    [512 * 1024, "512 KB"],
    [12, "12 bytes"],
  ])("%d → %s", (bytes, text) => {
    expect(formatBytes(bytes)).toBe(text);
  });
});
