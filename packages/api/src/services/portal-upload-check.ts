/**
 * Whether a file may be uploaded for one requested document, before any byte is stored: the document must be
 * requested, the file within its size limit, of an accepted type, and its bytes must be of that type.
 */
import type { DocumentContent, RequestedDocument } from "@trellis/domain";
import { checkFileContent, fileExtension } from "../storage/file-signature.js";

/** A refused upload: the HTTP status the upload route answers with and a message for the contact. */
export interface UploadRefusal {
  readonly ok: false;
  readonly status: 400 | 413;
  readonly message: string;
}

export type UploadCheck =
  | { readonly ok: true; readonly document: RequestedDocument; readonly contentType: string }
  | UploadRefusal;

function megabytes(bytes: number): string {
  return `${Math.round((bytes / (1024 * 1024)) * 10) / 10} MB`;
}

/**
 * Checks one file against the request's documents.
 *
 * @example
 * checkUpload(content, { documentKey: "questionnaire", fileName: "q.pdf", bytes });
 * // { ok: true, document: { key: "questionnaire", … }, contentType: "application/pdf" }
 */
export function checkUpload(
  content: DocumentContent,
  file: { documentKey: string; fileName: string; bytes: Uint8Array },
): UploadCheck {
  const document = content.documents.find((candidate) => candidate.key === file.documentKey);
  if (!document) return { ok: false, status: 400, message: "This request does not ask for that document." };
  if (file.bytes.byteLength === 0) return { ok: false, status: 400, message: "The file is empty." };
  if (file.bytes.byteLength > document.maxSizeBytes) {
    return {
      ok: false,
      status: 413,
      message: `The file is too large: ${document.name} accepts files up to ${megabytes(document.maxSizeBytes)}.`,
    };
  }
  const extension = fileExtension(file.fileName);
  if (!extension || !document.acceptedTypes.includes(extension)) {
    return {
      ok: false,
      status: 400,
      message: `${document.name} accepts only ${document.acceptedTypes.join(", ")} files.`,
    };
  }
  const checked = checkFileContent(extension, file.bytes);
  if (!checked.ok) {
    return {
      ok: false,
      status: 400,
      message:
        checked.reason === "unknown_type"
          ? `Files of type ${extension} cannot be checked, so they are not accepted.`
          : `The file's content is not a ${extension} file.`,
    };
  }
  return { ok: true, document, contentType: checked.contentType };
}

/** The required documents that have no upload yet, in the request's order. */
export function missingRequiredDocuments(content: DocumentContent, uploadedKeys: Iterable<string>): string[] {
  const uploaded = new Set(uploadedKeys);
  return content.documents.filter((doc) => doc.required && !uploaded.has(doc.key)).map((doc) => doc.key);
}
