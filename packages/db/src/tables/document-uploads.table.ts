import type { ColumnType, Insertable, Selectable } from "kysely";
import type { Timestamp } from "./columns.js";

/** A file a contact uploaded for one requested document of a document action; the bytes live in storage. */
export interface DocumentUploadsTable {
  id: string;
  organization_id: string;
  action_id: string;
  contact_id: string;
  document_key: string;
  file_name: string;
  content_type: string;
  /** bigint: read as a string by the drivers, written as a number. */
  size_bytes: ColumnType<string, number, number>;
  sha256: string;
  storage_key: string;
  uploaded_at: Timestamp;
}
export type DocumentUploadRow = Selectable<DocumentUploadsTable>;
export type NewDocumentUploadRow = Insertable<DocumentUploadsTable>;
