import { describe, expect, it } from "vitest";
import { issuePathLabel } from "./issue-path-label";

describe("issuePathLabel", () => {
  it.each([
    [["content", "fields", 1, "options"], "Field 2, options"],
    [["content", "documents", 0, "acceptedTypes", 2], "Document 1, accepted types, item 3"],
    [["content", "to", 0], "To 1"],
    [["content", "proposedSlots", 3], "Proposed slot 4"],
    [["content", "durationMinutes"], "Duration"],
    [["reason"], "Reason"],
    [[], ""],
  ])("names %j as %j", (path, label) => {
    expect(issuePathLabel(path)).toBe(label);
  });
});
