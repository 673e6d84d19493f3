import { describe, expect, it } from "vitest";
import { checkFileContent, fileExtension } from "./file-signature.js";

const text = (value: string) => new TextEncoder().encode(value);
const bytes = (...values: number[]) => new Uint8Array(values);

const PDF = text("%PDF-1.7\n%âãÏÓ\n");
const PNG = bytes(0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13);
const JPEG = bytes(0xff, 0xd8, 0xff, 0xe0, 0, 16);
const GIF = text("GIF89a\u0001\u0000");
const ZIP = bytes(0x50, 0x4b, 0x03, 0x04, 20, 0);
const OLE = bytes(0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0);
const HTML = text("<html><script>alert(1)</script></html>");

describe("checkFileContent", () => {
  it.each([
    [".pdf", PDF, "application/pdf"],
    [".PDF", PDF, "application/pdf"],
    [".png", PNG, "image/png"],
    [".jpg", JPEG, "image/jpeg"],
    [".jpeg", JPEG, "image/jpeg"],
    [".gif", GIF, "image/gif"],
    [".zip", ZIP, "application/zip"],
    [".docx", ZIP, "application/vnd.openxmlformats-officedocument.wordprocessingml.document"],
    [".xlsx", ZIP, "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"],
    [".pptx", ZIP, "application/vnd.openxmlformats-officedocument.presentationml.presentation"],
    [".doc", OLE, "application/msword"],
    [".xls", OLE, "application/vnd.ms-excel"],
    [".txt", text("Plain notes, ünïcode ok"), "text/plain"],
    [".csv", text("name,seats\nAcme,40\n"), "text/csv"],
  ])("accepts a real %s", (extension, content, contentType) => {
    expect(checkFileContent(extension, content)).toEqual({ ok: true, contentType });
  });

  it.each([
    [".pdf", HTML],
    [".pdf", PNG],
    [".png", JPEG],
    [".jpg", GIF],
    [".docx", PDF],
    [".doc", ZIP],
    [".zip", text("")],
    [".txt", bytes(0x61, 0x00, 0x62)],
    [".csv", bytes(0xff, 0xfe, 0x41)],
  ])("refuses a %s whose bytes are something else", (extension, content) => {
    expect(checkFileContent(extension, content)).toEqual({ ok: false, reason: "content_mismatch" });
  });

  it("refuses types whose content it cannot check", () => {
    expect(checkFileContent(".exe", bytes(0x4d, 0x5a))).toEqual({ ok: false, reason: "unknown_type" });
  });
});

describe("fileExtension", () => {
  it.each([
    ["report.PDF", ".pdf"],
    ["archive.tar.gz", ".gz"],
    ["README", null],
    ["trailing.", null],
  ])("%s → %s", (name, expected) => {
    expect(fileExtension(name)).toBe(expected);
  });
});
