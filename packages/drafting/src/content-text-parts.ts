/**
 * The customer-visible text of each action type, with a stable path for each part (`to[1]`, `fields[0].label`).
 * The renderer and the linter both walk content through here, so they agree on what counts as text and where it is.
 * Keys, kinds, file types and timestamps are structure, not text, and are left alone.
 */
import type { ActionContent } from "@trellis/domain";

/** How a part is written: HTML needs escaping of substituted values, Slack mrkdwn its own escaping. */
export type TextFormat = "plain" | "html" | "slack";

export interface TextPart {
  readonly path: string;
  readonly text: string;
  readonly format: TextFormat;
}

type MapText = (text: string, path: string, format: TextFormat) => string;

/** Maps every text part of a content value, keeping its shape and type. */
export function mapTextParts<C extends ActionContent>(content: C, map: MapText): C;
export function mapTextParts(content: ActionContent, map: MapText): ActionContent {
  const plain = (text: string, path: string) => map(text, path, "plain");
  const list = (items: readonly string[], path: string) =>
    items.map((item, i) => plain(item, `${path}[${i}]`));
  switch (content.type) {
    case "email":
      return {
        ...content,
        subject: plain(content.subject, "subject"),
        bodyHtml: map(content.bodyHtml, "bodyHtml", "html"),
        to: list(content.to, "to"),
        cc: list(content.cc, "cc"),
        bcc: list(content.bcc, "bcc"),
      };
    case "form":
      return {
        ...content,
        title: plain(content.title, "title"),
        instructions: plain(content.instructions, "instructions"),
        fields: content.fields.map((field, i) => ({
          ...field,
          label: plain(field.label, `fields[${i}].label`),
          options: list(field.options, `fields[${i}].options`),
          helpText: field.helpText === null ? null : plain(field.helpText, `fields[${i}].helpText`),
        })),
      };
    case "document":
      return {
        ...content,
        title: plain(content.title, "title"),
        instructions: plain(content.instructions, "instructions"),
        documents: content.documents.map((document, i) => ({
          ...document,
          name: plain(document.name, `documents[${i}].name`),
          description:
            document.description === null ? null : plain(document.description, `documents[${i}].description`),
        })),
      };
    case "meeting":
      return {
        ...content,
        title: plain(content.title, "title"),
        agenda: plain(content.agenda, "agenda"),
        schedulingLink:
          content.schedulingLink === null ? null : plain(content.schedulingLink, "schedulingLink"),
      };
    case "slack":
      return { ...content, message: map(content.message, "message", "slack") };
    case "manual":
      return { ...content, description: plain(content.description, "description") };
  }
}

/** Every text part of a content value, in reading order. */
export function textParts(content: ActionContent): TextPart[] {
  const parts: TextPart[] = [];
  mapTextParts(content, (text, path, format) => {
    parts.push({ path, text, format });
    return text;
  });
  return parts;
}
