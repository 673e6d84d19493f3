/**
 * Draft content as the edit forms hold it: like the API's content, except that email recipients are the text of
 * their comma-separated fields until the form is saved.
 */
import type { ActionContent, ActionType, EmailContent } from "@trellis/domain";
import { formatRecipients, parseRecipients } from "./recipients";

export type EditableEmail = Omit<EmailContent, "to" | "cc" | "bcc"> & {
  readonly to: string;
  readonly cc: string;
  readonly bcc: string;
};

export type EditableContent = Exclude<ActionContent, EmailContent> | EditableEmail;

/** Content as the form starts from it. */
export function toEditable(content: ActionContent): EditableContent {
  if (content.type !== "email") return content;
  return {
    ...content,
    to: formatRecipients(content.to),
    cc: formatRecipients(content.cc),
    bcc: formatRecipients(content.bcc),
  };
}

/** The form's content as the API takes it. */
export function fromEditable(content: EditableContent): ActionContent {
  if (content.type !== "email") return content;
  return {
    ...content,
    to: parseRecipients(content.to),
    cc: parseRecipients(content.cc),
    bcc: parseRecipients(content.bcc),
  };
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
      return { type, title: "", agenda: "", durationMinutes: 30, schedulingLink: null, proposedSlots: [] };
    case "slack":
      return { type, channel: "#", message: "" };
    case "manual":
      return { type, description: "" };
  }
}
