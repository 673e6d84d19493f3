import { describe, expect, it } from "vitest";
import { formatAcceptedTypes, parseAcceptedTypes } from "./accepted-types";

describe("accepted file types", () => {
  it("reads comma-separated extensions, adding a missing dot, lower-cased and deduplicated", () => {
    expect(parseAcceptedTypes(".pdf, DOCX; png,.pdf")).toEqual({
      types: [".pdf", ".docx", ".png"],
      invalid: [],
    });
  });

  it("reports what is not an extension", () => {
    expect(parseAcceptedTypes(".pdf, word/docx, .tar.gz, .pdf .png")).toEqual({
      types: [".pdf"],
      invalid: ["word/docx", ".tar.gz", ".pdf .png"],
    });
    expect(parseAcceptedTypes(" , ")).toEqual({ types: [], invalid: [] });
  });

  it("writes a list back as the field's text", () => {
    expect(formatAcceptedTypes([".pdf", ".docx"])).toBe(".pdf, .docx");
  });
});
