/**
 * Draft content as the edit forms hold it: like the API's content, except that lists typed as text (recipients,
 * select options, accepted file types, sizes, proposed slots) stay the text of their inputs until the draft is
 * saved, and new form fields and documents have no key yet (it is derived from their label on save).
 */
import {
  type ActionContent,
  type ActionType,
  DEFAULT_MAX_DOCUMENT_BYTES,
  type DocumentContent,
  type EmailContent,
  type FormContent,
  type FormFieldKind,
  type MeetingContent,
} from "@trellis/domain";
import { formatAcceptedTypes, parseAcceptedTypes } from "./accepted-types";
import { deriveKeys } from "./derived-keys";
import { fromDateTimeLocalValue, toDateTimeLocalValue } from "./local-date-time";
import { formatRecipients, parseRecipients } from "./recipients";

export type EditableEmail = Omit<EmailContent, "to" | "cc" | "bcc"> & {
  readonly to: string;
  readonly cc: string;
  readonly bcc: string;
};

export interface EditableFormField {
  /** Identifies the field while it is edited (its stored key, or `new-<n>`). */
  readonly id: string;
  /** The stored key; null for a field added in this edit. */
  readonly key: string | null;
  readonly label: string;
  readonly kind: FormFieldKind;
  readonly required: boolean;
  /** Select options, one per line. */
  readonly options: string;
  readonly helpText: string;
}

export type EditableForm = Omit<FormContent, "fields"> & { readonly fields: EditableFormField[] };

export interface EditableDocument {
  readonly id: string;
  /** The stored key; null for a document added in this edit. */
  readonly key: string | null;
  readonly name: string;
  readonly description: string;
  /** Comma-separated extensions, e.g. ".pdf, .docx". */
  readonly acceptedTypes: string;
  readonly required: boolean;
  /** The largest upload in megabytes, as typed. */
  readonly maxSizeMb: string;
}

export type EditableDocumentRequest = Omit<DocumentContent, "documents"> & {
  readonly documents: EditableDocument[];
};

export type EditableMeeting = Omit<MeetingContent, "schedulingLink" | "proposedSlots"> & {
  /** Empty when there is none. */
  readonly schedulingLink: string;
  /** `datetime-local` values in the viewer's time zone. */
  readonly proposedSlots: string[];
};

export type EditableContent =
  | EditableEmail
  | EditableForm
  | EditableDocumentRequest
  | EditableMeeting
  | Extract<ActionContent, { type: "slack" | "manual" }>;

const BYTES_PER_MB = 1024 * 1024;

/** A new, blank form field (a required text field). */
export function newFormField(id: string): EditableFormField {
  return { id, key: null, label: "", kind: "text", required: true, options: "", helpText: "" };
}

/** A new, blank requested document (required, PDF, 20 MB). */
export function newDocument(id: string): EditableDocument {
  return {
    id,
    key: null,
    name: "",
    description: "",
    acceptedTypes: ".pdf",
    required: true,
    maxSizeMb: String(DEFAULT_MAX_DOCUMENT_BYTES / BYTES_PER_MB),
  };
}

/** Content as the form starts from it. */
export function toEditable(content: ActionContent): EditableContent {
  switch (content.type) {
    case "email":
      return {
        ...content,
        to: formatRecipients(content.to),
        cc: formatRecipients(content.cc),
        bcc: formatRecipients(content.bcc),
      };
    case "form":
      return {
        ...content,
        fields: content.fields.map((field) => ({
          ...field,
          id: field.key,
          options: field.options.join("\n"),
          helpText: field.helpText ?? "",
        })),
      };
    case "document":
      return {
        ...content,
        documents: content.documents.map(({ maxSizeBytes, ...document }) => ({
          ...document,
          id: document.key,
          description: document.description ?? "",
          acceptedTypes: formatAcceptedTypes(document.acceptedTypes),
          maxSizeMb: String(Math.round((maxSizeBytes / BYTES_PER_MB) * 100) / 100),
        })),
      };
    case "meeting":
      return {
        ...content,
        schedulingLink: content.schedulingLink ?? "",
        proposedSlots: content.proposedSlots.map(toDateTimeLocalValue),
      };
    default:
      return content;
  }
}

/** The form's content as the API takes it. */
export function fromEditable(content: EditableContent): ActionContent {
  switch (content.type) {
    case "email":
      return {
        ...content,
        to: parseRecipients(content.to),
        cc: parseRecipients(content.cc),
        bcc: parseRecipients(content.bcc),
      };
    case "form": {
      const keys = deriveKeys(content.fields, "field");
      return {
        ...content,
        fields: content.fields.map(({ id: _id, ...field }, index) => ({
          ...field,
          key: keys[index] ?? field.key ?? "",
          label: field.label.trim(),
          options: field.kind === "select" ? optionLines(field.options) : [],
          helpText: field.helpText.trim() || null,
        })),
      };
    }
    case "document": {
      const keys = deriveKeys(
        content.documents.map((document) => ({ key: document.key, label: document.name })),
        "document",
      );
      return {
        ...content,
        documents: content.documents.map(({ id: _id, maxSizeMb, ...document }, index) => ({
          ...document,
          key: keys[index] ?? document.key ?? "",
          name: document.name.trim(),
          description: document.description.trim() || null,
          acceptedTypes: parseAcceptedTypes(document.acceptedTypes).types,
          maxSizeBytes: Math.round(Number(maxSizeMb) * BYTES_PER_MB),
        })),
      };
    }
    case "meeting":
      return {
        ...content,
        schedulingLink: content.schedulingLink.trim() || null,
        proposedSlots: content.proposedSlots.flatMap((slot) => fromDateTimeLocalValue(slot) ?? []),
      };
    default:
      return content;
  }
}

/** Select options typed one per line: trimmed, without blank lines. */
export function optionLines(text: string): string[] {
  return text
    .split("\n")
    .map((line) => line.trim())
    .filter((line) => line !== "");
}

/** Blank content of a type, for an action with no draft yet. */
export function emptyContent(type: ActionType): EditableContent {
  switch (type) {
    case "email":
      return { type, subject: "", bodyHtml: "", to: "{{contact.email}}", cc: "", bcc: "" };
    case "form":
      return { type, title: "", instructions: "", fields: [] };
    case "document":
      return { type, title: "", instructions: "", documents: [] };
    case "meeting":
      return { type, title: "", agenda: "", durationMinutes: 30, schedulingLink: "", proposedSlots: [] };
    case "slack":
      return { type, channel: "#", message: "" };
    case "manual":
      return { type, description: "" };
  }
}
