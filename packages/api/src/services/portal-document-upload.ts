/**
 * A contact uploads a document from the portal. The file is checked first (requested document, size, type, content);
 * its bytes are stored under a new random key; then, in one tenant transaction, the upload's record and the
 * lifecycle's `document_uploaded` response (which completes the action once every required document is in). If the
 * transaction fails the bytes are deleted again, so nothing is half-written.
 */

import { createHash } from "node:crypto";
import { insertDocumentUpload, listDocumentUploads, withTenant } from "@trellis/db";
import { type ActionId, newId } from "@trellis/domain";
import type { AppDeps } from "../deps.js";
import { DomainFailure } from "../domain-failure.js";
import type { ContactCaller } from "../trpc.js";
import { applyActionEvent } from "./apply-action-event.js";
import { contactActor } from "./contact-actor.js";
import { loadPortalAction } from "./portal-action.js";
import { checkUpload, missingRequiredDocuments, type UploadRefusal } from "./portal-upload-check.js";

/** An upload refused before anything was stored; `status` is the HTTP status to answer with. */
export class UploadRefused extends Error {
  readonly status: UploadRefusal["status"];

  constructor(refusal: UploadRefusal) {
    super(refusal.message);
    this.name = "UploadRefused";
    this.status = refusal.status;
  }
}

export interface PortalDocumentUpload {
  readonly actionId: ActionId;
  readonly documentKey: string;
  readonly fileName: string;
  readonly bytes: Uint8Array;
}

export interface UploadedDocument {
  readonly uploadId: string;
  readonly fileName: string;
  readonly sizeBytes: number;
  /** Whether this upload completed the action (every required document is now in). */
  readonly completed: boolean;
  /** Keys of required documents still missing. */
  readonly missingRequired: string[];
}

const NOT_AWAITING = "This request is not waiting for uploads any more.";

/** The file name as shown back to people: no path, no control characters, at most 200 characters. */
export function displayFileName(fileName: string): string {
  const base = fileName.split(/[\\/]/).pop() ?? "";
  // biome-ignore lint/suspicious/noControlCharactersInRegex: control characters are what is removed
  const clean = base.replace(/[\u0000-\u001f\u007f]/g, "").trim();
  return (clean || "upload").slice(-200);
}

/**
 * Stores one uploaded document for the contact's document request. Throws `UploadRefused` (400/413) for a bad
 * file, NOT_FOUND for an action that is not the contact's document request, CONFLICT once it is no longer waiting.
 *
 * @example
 * const uploaded = await uploadPortalDocument(deps, contact, { actionId, documentKey: "questionnaire", fileName, bytes });
 * uploaded.missingRequired; // []
 */
export async function uploadPortalDocument(
  deps: Pick<AppDeps, "db" | "clock" | "mail" | "storage">,
  contact: ContactCaller,
  upload: PortalDocumentUpload,
): Promise<UploadedDocument> {
  const fileName = displayFileName(upload.fileName);
  const checked = await withTenant(deps.db, contact.organizationId, async (scope) => {
    const { row, content } = await loadPortalAction(scope, contact, upload.actionId, {
      expected: "document",
    });
    if (row.state !== "executed") throw new DomainFailure({ code: "CONFLICT", message: NOT_AWAITING });
    return checkUpload(content, { documentKey: upload.documentKey, fileName, bytes: upload.bytes });
  });
  if (!checked.ok) throw new UploadRefused(checked);

  const uploadId = newId("documentUpload");
  await deps.storage.put(uploadId, upload.bytes);
  try {
    return await withTenant(deps.db, contact.organizationId, async (scope) => {
      const { row, content } = await loadPortalAction(scope, contact, upload.actionId, {
        expected: "document",
        forUpdate: true,
      });
      if (row.state !== "executed") throw new DomainFailure({ code: "CONFLICT", message: NOT_AWAITING });
      const now = deps.clock.now();
      await insertDocumentUpload(scope, {
        id: uploadId,
        actionId: upload.actionId,
        contactId: contact.contactId,
        documentKey: upload.documentKey,
        fileName,
        contentType: checked.contentType,
        sizeBytes: upload.bytes.byteLength,
        sha256: createHash("sha256").update(upload.bytes).digest("hex"),
        storageKey: uploadId,
        at: now,
      });
      const uploads = await listDocumentUploads(scope, upload.actionId);
      const missingRequired = missingRequiredDocuments(
        content,
        uploads.map((stored) => stored.document_key),
      );
      const applied = await applyActionEvent(
        deps,
        scope,
        upload.actionId,
        {
          type: "customer_responded",
          response: {
            kind: "document_uploaded",
            documentKey: upload.documentKey,
            allRequiredReceived: missingRequired.length === 0,
          },
        },
        contactActor(contact),
      );
      return {
        uploadId,
        fileName,
        sizeBytes: upload.bytes.byteLength,
        completed: applied.action.state === "completed",
        missingRequired,
      };
    });
  } catch (error) {
    await deps.storage.delete(uploadId);
    throw error;
  }
}
