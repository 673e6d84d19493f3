import { describe, expect, it } from "vitest";
import { fieldErrors } from "./field-errors";

describe("fieldErrors", () => {
  it("puts each issue next to its field, the first one winning", () => {
    const errors = fieldErrors(
      {
        code: "BAD_REQUEST",
        zodIssues: [
          { code: "custom", path: ["seats"], message: "Enter a number." },
          { code: "custom", path: ["answers", "company"], message: "This field is required." },
          { code: "custom", path: ["seats"], message: "A second complaint." },
          { code: "custom", path: ["mystery"], message: "Unknown field mystery." },
        ],
      },
      ["company", "seats"],
    );
    expect(errors).toEqual({
      byField: { seats: "Enter a number.", company: "This field is required." },
      general: ["Unknown field mystery."],
    });
  });

  it("is null when the error carries no issues", () => {
    expect(fieldErrors({ zodIssues: null }, ["a"])).toBeNull();
    expect(fieldErrors({ zodIssues: [] }, ["a"])).toBeNull();
    expect(fieldErrors(undefined, ["a"])).toBeNull();
  });
});
