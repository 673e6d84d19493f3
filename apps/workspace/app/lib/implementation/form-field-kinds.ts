import type { FormFieldKind } from "@trellis/domain";

/** The kinds of form field, in the order the Kind select lists them, with their names for agents. */
export const FORM_FIELD_KIND_LABELS: Readonly<Record<FormFieldKind, string>> = {
  text: "Text",
  long_text: "Long text",
  number: "Number",
  date: "Date",
  select: "Select",
  checkbox: "Checkbox",
};
