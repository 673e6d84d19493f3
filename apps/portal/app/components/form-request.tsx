import type { FormAnswers, FormContent } from "@trellis/domain";
import { Form, useNavigation } from "react-router";
import type { FieldErrors } from "../lib/field-errors";
import { Button } from "./button";
import { CsrfField } from "./csrf-field";
import { DateTime } from "./date-time";
import { FormFieldInput, fieldInputId } from "./form-field-input";

export interface FormSubmission {
  readonly answers: FormAnswers;
  readonly submittedAt: Date;
  readonly contactName: string;
}

/** What the form's last post came back with. */
export interface FormOutcome {
  readonly values: Record<string, string | boolean>;
  readonly errors: FieldErrors | null;
  /** A refusal that is not about a field (e.g. "This form was already submitted."). */
  readonly message: string | null;
}

interface FormRequestProps {
  readonly content: FormContent;
  readonly submission: FormSubmission | null;
  readonly outcome: FormOutcome | null;
}

/**
 * A form request: the questions to answer, or once submitted the answers, read-only. The browser's own validation
 * is off (`noValidate`) so every refusal comes from the server, worded the same, next to its field and in the summary.
 */
export function FormRequest({ content, submission, outcome }: FormRequestProps) {
  const navigation = useNavigation();
  const submitting =
    navigation.state === "submitting" && navigation.formData?.get("intent") === "submit-form";
  if (submission) return <SubmittedAnswers content={content} submission={submission} />;
  const errors = outcome?.errors;
  const problems = [
    ...content.fields.flatMap((field) =>
      errors?.byField[field.key]
        ? [{ key: field.key, text: `${field.label}: ${errors.byField[field.key]}` }]
        : [],
    ),
    ...(errors?.general ?? []).map((text, index) => ({ key: `general-${index}`, text })),
    ...(outcome?.message ? [{ key: "message", text: outcome.message }] : []),
  ];
  return (
    <Form method="post" className="space-y-5" noValidate>
      <CsrfField />
      <input type="hidden" name="intent" value="submit-form" />
      {problems.length > 0 ? (
        <div role="alert" className="rounded-md border border-red-300 bg-red-50 px-4 py-3">
          <p className="text-sm font-semibold text-red-900">Please check your answers</p>
          <ul className="mt-1 list-disc pl-5 text-sm text-red-800">
            {problems.map((problem) => (
              <li key={problem.key}>
                {problem.key.startsWith("general") || problem.key === "message" ? (
                  problem.text
                ) : (
                  <a className="underline" href={`#${fieldInputId(problem.key)}`}>
                    {problem.text}
                  </a>
                )}
              </li>
            ))}
          </ul>
        </div>
      ) : null}
      {content.fields.length === 0 ? (
        <p className="text-sm text-stone-600">This form has no questions: submit it to confirm.</p>
      ) : null}
      {content.fields.map((field) => (
        <FormFieldInput
          key={field.key}
          field={field}
          value={outcome?.values[field.key]}
          error={errors?.byField[field.key]}
        />
      ))}
      <p className="text-xs text-stone-600">
        Fields marked <span aria-hidden="true">*</span>
        <span className="sr-only">with an asterisk</span> are required.
      </p>
      <Button type="submit" variant="primary" disabled={submitting}>
        {submitting ? "Submitting…" : "Submit"}
      </Button>
    </Form>
  );
}

function SubmittedAnswers({
  content,
  submission,
}: {
  readonly content: FormContent;
  readonly submission: FormSubmission;
}) {
  return (
    <div>
      <p className="text-sm text-stone-600">
        Submitted by {submission.contactName} on <DateTime value={submission.submittedAt} />.
      </p>
      <dl className="mt-4 divide-y divide-stone-200 rounded-md border border-stone-200 bg-white">
        {content.fields.map((field) => (
          <div key={field.key} className="grid gap-1 px-4 py-3 sm:grid-cols-3">
            <dt className="text-sm font-medium text-stone-700">{field.label}</dt>
            <dd className="whitespace-pre-wrap text-sm text-stone-900 sm:col-span-2">
              {answerText(submission.answers[field.key])}
            </dd>
          </div>
        ))}
      </dl>
    </div>
  );
}

function answerText(answer: string | number | boolean | null | undefined): string {
  if (answer === true) return "Yes";
  if (answer === false) return "No";
  if (answer === null || answer === undefined || answer === "") return "—";
  return String(answer);
}
