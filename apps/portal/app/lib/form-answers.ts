/**
 * A posted form request as the answers the API validates: one entry per field of the form's definition, nothing
 * else (unknown keys would be refused). Fields post as `answer.<key>`. Empty text is "no answer" (null), numbers
 * that parse are sent as numbers and the rest as typed, so the API names the problem; an unchecked checkbox is
 * false. The values as typed are kept to fill the form again when the API refuses it.
 */
import type { FormAnswers, FormField } from "@trellis/domain";

/** The name of a field's input. */
export function answerInputName(key: string): string {
  return `answer.${key}`;
}

export interface PostedAnswers {
  /** What to send to `portal.forms.submit`. */
  readonly answers: FormAnswers;
  /** What the contact typed, to show again next to the errors. */
  readonly values: Record<string, string | boolean>;
}

/**
 * Reads the answers to `fields` out of a posted form.
 *
 * @example
 * readAnswers(content.fields, form).answers; // { company_size: 40, go_live: "2031-02-01", sso: true }
 */
export function readAnswers(fields: readonly FormField[], form: FormData): PostedAnswers {
  const answers: FormAnswers = {};
  const values: Record<string, string | boolean> = {};
  for (const field of fields) {
    const raw = form.get(answerInputName(field.key));
    if (field.kind === "checkbox") {
      answers[field.key] = raw === "on";
      values[field.key] = raw === "on";
      continue;
    }
    const text = typeof raw === "string" ? raw.trim() : "";
    values[field.key] = typeof raw === "string" ? raw : "";
    if (text === "") answers[field.key] = null;
    else if (field.kind === "number" && Number.isFinite(Number(text))) answers[field.key] = Number(text);
    else answers[field.key] = text;
  }
  return { answers, values };
}
