/**
 * A contact's answers to a form, checked against the form's own fields: the portal's server validates a submission
 * with the schema `formAnswersSchemaFor(fields)` builds, so every issue names the field (path `[key]`) and says in
 * plain words what is wrong.
 */
import { z } from "zod";
import type { FormField, FormFieldKind } from "./form-content.js";

/** One answer as submitted: text, a number, a checkbox's state, or nothing. */
export const formAnswerValueSchema = z.union([z.string(), z.number(), z.boolean(), z.null()]);
export type FormAnswerValue = z.infer<typeof formAnswerValueSchema>;

/** Answers by field key, as submitted and as stored (normalized: one entry per field, empty answers as null). */
export type FormAnswers = Record<string, FormAnswerValue>;

/** Longest accepted answer per text kind. */
export const MAX_ANSWER_LENGTH = { text: 1_000, long_text: 10_000 } as const;

type Checked =
  | { readonly ok: true; readonly value: FormAnswerValue }
  | { readonly ok: false; readonly message: string };

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** Whether `text` is a real calendar date written YYYY-MM-DD (so 2026-02-30 is not). */
export function isCalendarDate(text: string): boolean {
  const match = ISO_DATE.exec(text);
  if (!match) return false;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const date = new Date(Date.UTC(year, month - 1, day));
  return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
}

function isEmpty(value: unknown): boolean {
  return value === undefined || value === null || (typeof value === "string" && value.trim() === "");
}

const KIND_CHECKS: Record<
  Exclude<FormFieldKind, "checkbox">,
  (value: unknown, field: FormField) => Checked
> = {
  text: (value) => checkText(value, MAX_ANSWER_LENGTH.text),
  long_text: (value) => checkText(value, MAX_ANSWER_LENGTH.long_text),
  number: (value) => {
    // An HTML form sends numbers as text; "12" and 12 are the same answer.
    const number = typeof value === "string" ? Number(value.trim()) : value;
    return typeof number === "number" && Number.isFinite(number)
      ? { ok: true, value: number }
      : { ok: false, message: "Enter a number" };
  },
  date: (value) =>
    typeof value === "string" && isCalendarDate(value.trim())
      ? { ok: true, value: value.trim() }
      : { ok: false, message: "Enter a valid date as YYYY-MM-DD" },
  select: (value, field) =>
    typeof value === "string" && field.options.includes(value)
      ? { ok: true, value }
      : { ok: false, message: `Choose one of: ${field.options.join(", ")}` },
};

function checkText(value: unknown, max: number): Checked {
  if (typeof value !== "string") return { ok: false, message: "Enter text" };
  const text = value.trim();
  return text.length <= max
    ? { ok: true, value: text }
    : { ok: false, message: `Use at most ${max.toLocaleString("en-US")} characters` };
}

/**
 * Checks one answer against its field: the normalized value, or a message for the contact.
 *
 * @example
 * checkFormAnswer({ key: "team_size", label: "Team size", kind: "number", required: true, options: [], helpText: null }, "12");
 * // { ok: true, value: 12 }
 */
export function checkFormAnswer(field: FormField, value: unknown): Checked {
  if (field.kind === "checkbox") {
    if (value === undefined || value === null) {
      return field.required ? { ok: false, message: "This box must be checked" } : { ok: true, value: false };
    }
    if (typeof value !== "boolean") return { ok: false, message: "Must be checked or unchecked" };
    if (field.required && !value) return { ok: false, message: "This box must be checked" };
    return { ok: true, value };
  }
  if (isEmpty(value)) {
    return field.required ? { ok: false, message: "This field is required" } : { ok: true, value: null };
  }
  return KIND_CHECKS[field.kind](value, field);
}

/**
 * The schema of a submission to a form with these fields. It refuses unknown keys and wrong answers with one issue
 * per field (path `[key]`), and parses to the normalized answers: every field's key, empty answers as null, an
 * unanswered optional checkbox as false, numbers as numbers, text trimmed.
 *
 * @example
 * const result = formAnswersSchemaFor(form.fields).safeParse({ team_size: "12" });
 * if (!result.success) result.error.issues; // [{ path: ["team_size"], message: "Enter a number" }]
 */
export function formAnswersSchemaFor(fields: readonly FormField[]): z.ZodType<FormAnswers, FormAnswers> {
  const byKey = new Map(fields.map((field) => [field.key, field]));
  return z.record(z.string(), formAnswerValueSchema).transform((answers, ctx) => {
    const normalized: FormAnswers = {};
    for (const key of Object.keys(answers)) {
      if (!byKey.has(key))
        ctx.addIssue({ code: "custom", path: [key], message: "This form has no such field" });
    }
    for (const field of fields) {
      const checked = checkFormAnswer(field, answers[field.key]);
      if (checked.ok) normalized[field.key] = checked.value;
      else ctx.addIssue({ code: "custom", path: [field.key], message: checked.message });
    }
    return normalized;
  });
}
