/**
 * Forwarding a contact's file to the API's upload endpoint (`POST /portal/uploads`, multipart, with the session
 * header); the API checks the type, size and account and stores it. Its JSON answer comes back as a result.
 */
import { z } from "zod";
import { PORTAL_SESSION_HEADER } from "./portal-api.server";
import { apiBaseUrl } from "./portal-config.server";

const uploadedSchema = z.object({
  uploadId: z.string(),
  fileName: z.string(),
  sizeBytes: z.number(),
  completed: z.boolean(),
  missingRequired: z.array(z.string()),
});
const refusalSchema = z.object({ error: z.object({ code: z.string(), message: z.string() }) });

export type UploadResult =
  | ({ readonly ok: true } & z.infer<typeof uploadedSchema>)
  | { readonly ok: false; readonly status: number; readonly message: string };

export interface UploadRequest {
  readonly sessionToken: string;
  readonly actionId: string;
  readonly documentKey: string;
  readonly file: File;
}

interface ForwardOptions {
  readonly apiUrl?: string;
  readonly fetch?: typeof globalThis.fetch;
}

const FALLBACK_MESSAGES: Record<number, string> = {
  401: "Your session has ended. Sign in again to upload.",
  413: "The file is too large for this document.",
  415: "This type of file is not accepted for this document.",
};

/**
 * Sends the file to the API and reports what it said.
 *
 * @example
 * const result = await forwardUpload({ sessionToken, actionId, documentKey: "w9", file });
 * if (!result.ok) console.log(result.status, result.message); // 413 "The file is larger than 20 MB …"
 */
export async function forwardUpload(
  upload: UploadRequest,
  options: ForwardOptions = {},
): Promise<UploadResult> {
  const body = new FormData();
  body.set("actionId", upload.actionId);
  body.set("documentKey", upload.documentKey);
  body.set("file", upload.file, upload.file.name);
  const send = options.fetch ?? globalThis.fetch;
  let response: Response;
  try {
    response = await send(`${options.apiUrl ?? apiBaseUrl}/portal/uploads`, {
      method: "POST",
      headers: { [PORTAL_SESSION_HEADER]: upload.sessionToken },
      body,
    });
  } catch {
    return { ok: false, status: 502, message: "The upload service is not answering. Try again in a moment." };
  }
  const json: unknown = await response.json().catch(() => null);
  if (response.ok) {
    const uploaded = uploadedSchema.safeParse(json);
    if (uploaded.success) return { ok: true, ...uploaded.data };
  }
  const refusal = refusalSchema.safeParse(json);
  const status = response.ok ? 502 : response.status;
  return {
    ok: false,
    status,
    message: refusal.success
      ? refusal.data.error.message
      : (FALLBACK_MESSAGES[status] ?? `The upload failed (HTTP ${status}). Try again in a moment.`),
  };
}
