import { describe, expect, it } from "vitest";
import { safeReturnTo, signInPath } from "./return-to";

describe("safeReturnTo", () => {
  it.each([
    ["/", "/"],
    ["/requests/act_1", "/requests/act_1"],
    ["/requests/act_1?step=2#top", "/requests/act_1?step=2#top"],
  ])("keeps the portal path %s", (value, expected) => {
    expect(safeReturnTo(value)).toBe(expected);
  });

  it.each([
    ["another origin", "https://evil.test/"],
    ["a protocol-relative URL", "//evil.test"],
    ["a backslash trick", "/\\evil.test"],
    ["a backslash later on", "/a\\..\\\\evil.test"],
    ["a tab browsers strip", "/\t/evil.test"],
    ["a newline", "/\n/evil.test"],
    ["a relative path", "requests"],
    ["javascript:", "javascript:alert(1)"],
    ["nothing", null],
    ["a file", new File([], "x")],
    ["an overlong path", `/${"a".repeat(200)}`],
  ])("refuses %s", (_, value) => {
    expect(safeReturnTo(value)).toBe("/");
    expect(safeReturnTo(value, "/feedback")).toBe("/feedback");
  });
});

describe("signInPath", () => {
  it("carries the page to come back to", () => {
    expect(signInPath("/requests/act_1?x=1")).toBe("/sign-in?returnTo=%2Frequests%2Fact_1%3Fx%3D1");
  });
  it("leaves out the home page and anything unsafe", () => {
    expect(signInPath("/")).toBe("/sign-in");
    expect(signInPath("//evil.test")).toBe("/sign-in");
  });
});
