/** An uploaded document's bytes for an agent of the uploading account's organization. */
import { getDocumentUpload, withTenant } from "@trellis/db";
import type { AppDeps } from "../deps.js";
import type { AgentCaller } from "../trpc.js";

export interface UploadedFile {
  readonly fileName: string;
  readonly bytes: Uint8Array;
}

/**
 * The upload's name and bytes, or null when the organization has no such upload (or its bytes are gone).
 *
 * @example
 * const file = await findUploadedFile(deps, agent, "upl_01JD…");
 */
export async function findUploadedFile(
  deps: Pick<AppDeps, "db" | "storage">,
  agent: AgentCaller,
  uploadId: string,
): Promise<UploadedFile | null> {
  const upload = await withTenant(deps.db, agent.organizationId, (scope) =>
    getDocumentUpload(scope, uploadId),
  );
  if (!upload) return null;
  const bytes = await deps.storage.get(upload.storage_key);
  return bytes ? { fileName: upload.file_name, bytes } : null;
}
