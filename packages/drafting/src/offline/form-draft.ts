/** Offline forms: fields chosen from what the brief asks to learn, plus an open question. */
import type { FormContent, FormField } from "@trellis/domain";
import type { DraftRequest } from "../draft-request.js";
import type { DraftStyle } from "./instructions.js";
import { clip, mentions, sentence } from "./prose.js";

type FieldSpec = Omit<FormField, "helpText"> & { helpText?: string };

const field = (spec: FieldSpec): FormField => ({ helpText: null, ...spec });

const NPS_OPTIONS = Array.from({ length: 11 }, (_, score) => String(score));

/** Fields for a feedback form: the NPS question and why. */
const FEEDBACK_FIELDS: readonly FormField[] = [
  field({
    key: "nps_score",
    label: "How likely are you to recommend us to a friend or colleague?",
    kind: "select",
    required: true,
    options: NPS_OPTIONS,
    helpText: "0 = not at all likely, 10 = extremely likely",
  }),
  field({
    key: "score_reason",
    label: "What is the main reason for your score?",
    kind: "long_text",
    required: false,
    options: [],
  }),
  field({
    key: "improvements",
    label: "What could we do better?",
    kind: "long_text",
    required: false,
    options: [],
  }),
];

const BILLING_FIELDS: readonly FormField[] = [
  field({
    key: "billing_contact_name",
    label: "Billing contact name",
    kind: "text",
    required: true,
    options: [],
  }),
  field({ key: "billing_email", label: "Billing email address", kind: "text", required: true, options: [] }),
  field({ key: "billing_address", label: "Billing address", kind: "long_text", required: true, options: [] }),
  field({
    key: "purchase_order",
    label: "Purchase order number, if you use one",
    kind: "text",
    required: false,
    options: [],
  }),
];

/** Discovery questions, each asked when the brief mentions it. */
const DISCOVERY: readonly { keywords: readonly string[]; field: FormField }[] = [
  {
    keywords: ["team size", "team", "users", "seats", "headcount"],
    field: field({
      key: "team_size",
      label: "How many people will use the product?",
      kind: "number",
      required: true,
      options: [],
    }),
  },
  {
    keywords: ["use case", "goal", "objective", "need"],
    field: field({
      key: "main_use_case",
      label: "What is your main use case?",
      kind: "long_text",
      required: true,
      options: [],
    }),
  },
  {
    keywords: ["success", "criteria", "outcome", "kpi"],
    field: field({
      key: "success_criteria",
      label: "What does success look like for you?",
      kind: "long_text",
      required: true,
      options: [],
    }),
  },
  {
    keywords: ["go-live", "go live", "launch", "target date", "timeline", "deadline"],
    field: field({
      key: "target_go_live",
      label: "Target go-live date",
      kind: "date",
      required: true,
      options: [],
    }),
  },
  {
    keywords: ["stakeholder", "owner", "champion", "sponsor"],
    field: field({
      key: "stakeholders",
      label: "Who are the key stakeholders and their roles?",
      kind: "long_text",
      required: false,
      options: [],
    }),
  },
  {
    keywords: ["integration", "tool", "system", "stack"],
    field: field({
      key: "current_tools",
      label: "Which tools should we integrate with?",
      kind: "long_text",
      required: false,
      options: [],
    }),
  },
];

const ANYTHING_ELSE = field({
  key: "anything_else",
  label: "Anything else we should know?",
  kind: "long_text",
  required: false,
  options: [],
});

function fieldsFor(brief: string, concise: boolean): FormField[] {
  if (mentions(brief, ["feedback", "nps", "satisfaction", "survey", "how .* went"])) {
    return concise ? FEEDBACK_FIELDS.slice(0, 2) : [...FEEDBACK_FIELDS];
  }
  if (mentions(brief, ["billing", "invoice", "payment", "purchase order"])) return [...BILLING_FIELDS];
  const asked = DISCOVERY.filter((question) => mentions(brief, question.keywords)).map((q) => q.field);
  const fields = asked.length > 0 ? asked : DISCOVERY.slice(0, 4).map((q) => q.field);
  return concise ? fields : [...fields, ANYTHING_ELSE];
}

function instructionsFor(fieldCount: number, style: DraftStyle): string {
  const minutes = Math.max(2, fieldCount);
  const lines = [
    style.tone === "casual"
      ? "Hey {{contact.first_name}}! Mind filling in this quick form? It helps us tailor {{milestone.name}} to {{account.name}}."
      : style.tone === "formal"
        ? "We would be grateful if you could complete this form, so that we can tailor {{milestone.name}} to {{account.name}}."
        : "Please fill in this short form so we can tailor {{milestone.name}} to {{account.name}}.",
  ];
  if (!style.concise) lines.push(`It takes about ${minutes} minutes.`);
  if (style.urgent) lines.push("It's time-sensitive, so please complete it as soon as you can.");
  if (style.extra) lines.push(sentence(style.extra));
  return lines.join(" ");
}

/** A form written from the action's name and purpose. */
export function writeForm(request: DraftRequest, style: DraftStyle): FormContent {
  const { action } = request;
  // Copies, so a caller editing its draft never edits the shared question catalogue.
  const fields = fieldsFor(`${action.name} ${action.purpose}`, style.concise).map((f) => ({
    ...f,
    options: [...f.options],
  }));
  return {
    type: "form",
    title: clip(action.name, 200),
    instructions: clip(instructionsFor(fields.length, style), 5_000),
    fields,
  };
}

/** The template's form with the instructions applied to its instructions text. */
export function restyleForm(content: FormContent, style: DraftStyle): FormContent {
  const additions: string[] = [];
  if (style.urgent) additions.push("It's time-sensitive, so please complete it as soon as you can.");
  if (style.extra) additions.push(sentence(style.extra));
  const greeting =
    style.tone === "casual"
      ? "Hey {{contact.first_name}}! "
      : style.tone === "formal"
        ? "Dear {{contact.first_name}}, "
        : "";
  const instructions = [greeting + content.instructions.trim(), ...additions]
    .filter((s) => s !== "")
    .join(" ");
  return { ...content, instructions: clip(instructions, 5_000) };
}
