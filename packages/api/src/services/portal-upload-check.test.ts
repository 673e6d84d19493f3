import type { DocumentContent } from "@trellis/domain";
import { describe, expect, it } from "vitest";
import { checkUpload, missingRequiredDocuments } from "./portal-upload-check.js";

const CONTENT: DocumentContent = {
  type: "document",
  title: "Security review",
  instructions: "Upload your documents.",
  documents: [
    {
      key: "questionnaire",
      name: "Security questionnaire",
      description: null,
      acceptedTypes: [".pdf", ".docx"],
      required: true,
      maxSizeBytes: 1024,
    },
    {
      key: "logo",
      name: "Logo",
      description: null,
      acceptedTypes: [".png"],
      required: false,
      maxSizeBytes: 1024,
    },
    {
      key: "dpa",
      name: "Signed DPA",
      description: null,
      acceptedTypes: [".pdf"],
      required: true,
      maxSizeBytes: 1024,
    },
  ],
};

const PDF = new TextEncoder().encode("%PDF-1.7 minimal");

describe("checkUpload", () => {
  it("accepts a file of an accepted type whose bytes match", () => {
    expect(
      checkUpload(CONTENT, { documentKey: "questionnaire", fileName: "Q.PDF", bytes: PDF }),
    ).toMatchObject({
      ok: true,
      document: { key: "questionnaire" },
      contentType: "application/pdf",
    });
  });

  it.each([
    ["an unknown document", { documentKey: "passport", fileName: "p.pdf", bytes: PDF }, 400, /does not ask/],
    [
      "an empty file",
      { documentKey: "questionnaire", fileName: "q.pdf", bytes: new Uint8Array() },
      400,
      /empty/,
    ],
    [
      "a file over the limit",
      { documentKey: "questionnaire", fileName: "q.pdf", bytes: new Uint8Array(1025) },
      413,
      /up to 0 MB|too large/,
    ],
    ["a type not accepted", { documentKey: "logo", fileName: "logo.pdf", bytes: PDF }, 400, /only \.png/],
    [
      "no extension",
      { documentKey: "questionnaire", fileName: "questionnaire", bytes: PDF },
      400,
      /only \.pdf, \.docx/,
    ],
    [
      "bytes of another type",
      { documentKey: "questionnaire", fileName: "q.docx", bytes: PDF },
      400,
      /content is not a \.docx file/,
    ],
  ])("refuses %s", (_name, file, status, message) => {
    const result = checkUpload(CONTENT, file);
    expect(result).toMatchObject({ ok: false, status });
    expect(result.ok ? "" : result.message).toMatch(message);
  });
});

describe("missingRequiredDocuments", () => {
  it("lists required documents without an upload, in order", () => {
    expect(missingRequiredDocuments(CONTENT, [])).toEqual(["questionnaire", "dpa"]);
    expect(missingRequiredDocuments(CONTENT, ["logo", "dpa"])).toEqual(["questionnaire"]);
    expect(missingRequiredDocuments(CONTENT, ["dpa", "questionnaire", "dpa"])).toEqual([]);
  });
});
