/** The portal's own ceiling on an upload post, checked from Content-Length before any of the body is read. */

/** 25 MB: above every document's default limit (20 MB), so the API's per-document limit gives the precise message. */
export const MAX_UPLOAD_BODY_BYTES = 25 * 1024 * 1024;

/** Formats a byte count for people: "20 MB", "512 KB", "12 bytes". */
export function formatBytes(bytes: number): string {
  if (bytes >= 1024 * 1024) return `${Number((bytes / (1024 * 1024)).toFixed(1))} MB`;
  if (bytes >= 1024) return `${Math.round(bytes / 1024)} KB`;
  return `${bytes} bytes`;
}

/**
 * Why an upload post is refused before reading it, or null: no declared length (browsers always send one for a
 * form) or more than `maxBytes`.
 *
 * @example
 * uploadBodyProblem(request.headers.get("content-length")); // null, or "The file is too large …"
 */
export function uploadBodyProblem(
  contentLength: string | null,
  maxBytes = MAX_UPLOAD_BODY_BYTES,
): string | null {
  const length = contentLength === null || contentLength.trim() === "" ? Number.NaN : Number(contentLength);
  if (!Number.isSafeInteger(length) || length < 0) {
    return "The upload did not say how large it is. Try again from this page.";
  }
  if (length > maxBytes) {
    return `The file is too large: uploads can be at most ${formatBytes(maxBytes)}.`;
  }
  return null;
}
