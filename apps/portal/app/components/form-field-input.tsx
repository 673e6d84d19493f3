import type { FormField } from "@trellis/domain";
import { answerInputName } from "../lib/form-answers";
import { FOCUS_RING } from "./focus-ring";

interface FormFieldInputProps {
  readonly field: FormField;
  /** What the contact typed before (kept when the API refused the form). */
  readonly value: string | boolean | undefined;
  /** The API's message about this field, shown under it and linked with aria-describedby. */
  readonly error: string | undefined;
}

const CONTROL = `mt-1 block w-full rounded-md border bg-white px-3 py-2 text-sm text-stone-900 ${FOCUS_RING}`;

/** The input id of a field (the error summary links to it). */
export function fieldInputId(key: string): string {
  return `field-${key}`;
}

/** One question of a form: label (with a required mark), the input for its kind, help text and its error. */
export function FormFieldInput({ field, value, error }: FormFieldInputProps) {
  const id = fieldInputId(field.key);
  const helpId = field.helpText ? `${id}-help` : null;
  const errorId = error ? `${id}-error` : null;
  const describedBy = [errorId, helpId].filter(Boolean).join(" ") || undefined;
  const common = {
    id,
    name: answerInputName(field.key),
    "aria-describedby": describedBy,
    "aria-invalid": error ? true : undefined,
    required: field.required && field.kind !== "checkbox",
  };
  const border = error ? "border-red-600" : "border-stone-400";
  const text = typeof value === "string" ? value : "";

  const label = (
    <>
      {field.label}
      {field.required ? (
        <span className="ml-0.5 text-red-700" aria-hidden="true">
          *
        </span>
      ) : null}
      {field.required ? <span className="sr-only"> (required)</span> : null}
    </>
  );
  const below = (
    <>
      {field.helpText ? (
        <p id={helpId ?? undefined} className="mt-1 text-sm text-stone-600">
          {field.helpText}
        </p>
      ) : null}
      {error ? (
        <p id={errorId ?? undefined} className="mt-1 text-sm font-medium text-red-700">
          {error}
        </p>
      ) : null}
    </>
  );

  if (field.kind === "checkbox") {
    return (
      <div>
        <div className="flex items-start gap-2">
          <input
            {...common}
            type="checkbox"
            defaultChecked={value === true}
            className={`mt-0.5 h-4 w-4 rounded border-stone-400 accent-teal-800 ${FOCUS_RING}`}
          />
          <label htmlFor={id} className="text-sm font-medium text-stone-800">
            {label}
          </label>
        </div>
        {below}
      </div>
    );
  }
  return (
    <div>
      <label htmlFor={id} className="block text-sm font-medium text-stone-800">
        {label}
      </label>
      {field.kind === "long_text" ? (
        <textarea {...common} rows={5} defaultValue={text} className={`${CONTROL} ${border}`} />
      ) : field.kind === "select" ? (
        <select {...common} defaultValue={text} className={`${CONTROL} ${border}`}>
          <option value="">Choose…</option>
          {field.options.map((option) => (
            <option key={option} value={option}>
              {option}
            </option>
          ))}
        </select>
      ) : (
        <input
          {...common}
          type={field.kind === "number" ? "number" : field.kind === "date" ? "date" : "text"}
          step={field.kind === "number" ? "any" : undefined}
          defaultValue={text}
          className={`${CONTROL} ${border}`}
        />
      )}
      {below}
    </div>
  );
}
