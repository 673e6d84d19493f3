/**
 * Whether an uploaded file's bytes are what its extension claims: a `.pdf` must start like a PDF, a `.docx` like a
 * zip archive, a `.csv` must be text. The browser's declared content type is not trusted; the bytes decide.
 */

interface FileKind {
  /** What the file is stored and described as. */
  readonly contentType: string;
  readonly matches: (bytes: Uint8Array) => boolean;
}

function startsWith(...signatures: readonly (readonly number[])[]): (bytes: Uint8Array) => boolean {
  return (bytes) => signatures.some((signature) => signature.every((byte, index) => bytes[index] === byte));
}

const ZIP = startsWith([0x50, 0x4b, 0x03, 0x04], [0x50, 0x4b, 0x05, 0x06]);
const OLE = startsWith([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);

/** Valid UTF-8 without NUL bytes: what a text file is and a binary one almost never is. */
function isPlainText(bytes: Uint8Array): boolean {
  if (bytes.includes(0)) return false;
  try {
    new TextDecoder("utf-8", { fatal: true }).decode(bytes);
    return true;
  } catch {
    return false;
  }
}

const FILE_KINDS: Readonly<Record<string, FileKind>> = {
  ".pdf": { contentType: "application/pdf", matches: startsWith([0x25, 0x50, 0x44, 0x46, 0x2d]) },
  ".png": {
    contentType: "image/png",
    matches: startsWith([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
  },
  ".jpg": { contentType: "image/jpeg", matches: startsWith([0xff, 0xd8, 0xff]) },
  ".jpeg": { contentType: "image/jpeg", matches: startsWith([0xff, 0xd8, 0xff]) },
  ".gif": {
    contentType: "image/gif",
    matches: startsWith([0x47, 0x49, 0x46, 0x38, 0x37, 0x61], [0x47, 0x49, 0x46, 0x38, 0x39, 0x61]),
  },
  ".zip": { contentType: "application/zip", matches: ZIP },
  ".docx": {
    contentType: "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
    matches: ZIP,
  },
  ".xlsx": { contentType: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", matches: ZIP },
  ".pptx": {
    contentType: "application/vnd.openxmlformats-officedocument.presentationml.presentation",
    matches: ZIP,
  },
  ".doc": { contentType: "application/msword", matches: OLE },
  ".xls": { contentType: "application/vnd.ms-excel", matches: OLE },
  ".txt": { contentType: "text/plain", matches: isPlainText },
  ".csv": { contentType: "text/csv", matches: isPlainText },
};

/** The extensions whose content can be checked (and so can be uploaded). */
export const CHECKED_EXTENSIONS: readonly string[] = Object.keys(FILE_KINDS);

/** The lower-cased extension of a file name with its dot (".pdf"), or null when it has none. */
export function fileExtension(fileName: string): string | null {
  const match = /(\.[A-Za-z0-9]+)$/.exec(fileName);
  return match?.[1] ? match[1].toLowerCase() : null;
}

export type FileCheck =
  | { readonly ok: true; readonly contentType: string }
  | { readonly ok: false; readonly reason: "unknown_type" | "content_mismatch" };

/**
 * Checks that `bytes` are a file of type `extension`.
 *
 * @example
 * checkFileContent(".pdf", new TextEncoder().encode("%PDF-1.7 …")); // { ok: true, contentType: "application/pdf" }
 * checkFileContent(".pdf", new TextEncoder().encode("<html>"));     // { ok: false, reason: "content_mismatch" }
 */
export function checkFileContent(extension: string, bytes: Uint8Array): FileCheck {
  const kind = FILE_KINDS[extension.toLowerCase()];
  if (!kind) return { ok: false, reason: "unknown_type" };
  return kind.matches(bytes)
    ? { ok: true, contentType: kind.contentType }
    : { ok: false, reason: "content_mismatch" };
}
