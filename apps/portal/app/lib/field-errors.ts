/**
 * The API's refusal of a form submission as messages per field: `portal.forms.submit` answers BAD_REQUEST with the
 * zod issues in `error.data.zodIssues`, each with the field key as its path.
 */
import { z } from "zod";

const zodIssuesSchema = z.array(
  z.object({ path: z.array(z.union([z.string(), z.number()])), message: z.string() }),
);

export interface FieldErrors {
  /** The first message for each field key. */
  readonly byField: Record<string, string>;
  /** Messages that name no field of the form. */
  readonly general: string[];
}

/**
 * Groups the issues of an API error's data by field; `knownKeys` are the form's field keys.
 *
 * @example
 * fieldErrors(error.data, ["email"]).byField.email; // "Required"
 */
export function fieldErrors(errorData: unknown, knownKeys: readonly string[]): FieldErrors | null {
  const parsed = zodIssuesSchema.safeParse((errorData as { zodIssues?: unknown } | null)?.zodIssues);
  if (!parsed.success || parsed.data.length === 0) return null;
  const byField: Record<string, string> = {};
  const general: string[] = [];
  for (const issue of parsed.data) {
    // The answers may come nested (["answers", key]) or flat ([key]); the key is the last string naming a field.
    const key = issue.path.findLast(
      (part): part is string => typeof part === "string" && knownKeys.includes(part),
    );
    if (key === undefined) general.push(issue.message);
    else byField[key] ??= issue.message;
  }
  return { byField, general };
}
