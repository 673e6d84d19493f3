/**
 * What the Edit dialog can tell before saving: the checks the API's schemas make that are cheap to repeat here,
 * keyed by the input they concern, so each message sits under its input and Save waits until none is left.
 */
import { parseAcceptedTypes } from "./accepted-types";
import type { EditableContent } from "./editable-content";
import { optionLines } from "./editable-content";

/** Messages by input: `subject`, `fields.<id>.label`, `documents.<id>.acceptedTypes`, `proposedSlots.<n>` … */
export type ContentProblems = Readonly<Record<string, string>>;

const MAX_DOCUMENT_MB = 100;

/** The problems of the content as typed; empty when it may be saved. */
export function contentProblems(content: EditableContent): ContentProblems {
  const problems: Record<string, string> = {};
  switch (content.type) {
    case "form":
      for (const field of content.fields) {
        if (field.label.trim() === "") problems[`fields.${field.id}.label`] = "A field needs a label.";
        if (field.kind === "select" && optionLines(field.options).length === 0)
          problems[`fields.${field.id}.options`] = "A select field needs at least one option.";
      }
      break;
    case "document":
      for (const document of content.documents) {
        if (document.name.trim() === "")
          problems[`documents.${document.id}.name`] = "A document needs a name.";
        const { types, invalid } = parseAcceptedTypes(document.acceptedTypes);
        if (invalid.length > 0)
          problems[`documents.${document.id}.acceptedTypes`] =
            `Not a file extension: ${invalid.join(", ")}. Use extensions such as .pdf, .docx.`;
        else if (types.length === 0)
          problems[`documents.${document.id}.acceptedTypes`] = "Accept at least one file type, e.g. .pdf.";
        const megabytes = Number(document.maxSizeMb);
        if (document.maxSizeMb.trim() === "" || !(megabytes > 0) || megabytes > MAX_DOCUMENT_MB)
          problems[`documents.${document.id}.maxSizeMb`] =
            `The size limit is a number of MB above 0, at most ${MAX_DOCUMENT_MB}.`;
      }
      break;
    case "meeting":
      if (
        !Number.isInteger(content.durationMinutes) ||
        content.durationMinutes < 5 ||
        content.durationMinutes > 480
      )
        problems.durationMinutes = "A meeting lasts 5 to 480 whole minutes.";
      if (content.schedulingLink.trim() !== "" && !URL.canParse(content.schedulingLink.trim()))
        problems.schedulingLink = "The scheduling link must be a full URL, e.g. https://cal.example.com/you.";
      content.proposedSlots.forEach((slot, index) => {
        if (slot === "") problems[`proposedSlots.${index}`] = "Pick a date and time, or remove the slot.";
      });
      break;
    case "slack":
      if (!/^#[a-z0-9][a-z0-9_-]{0,79}$/.test(content.channel))
        problems.channel = "A channel is like #acme-onboarding (lower case, no spaces).";
      break;
    default:
      break;
  }
  return problems;
}
