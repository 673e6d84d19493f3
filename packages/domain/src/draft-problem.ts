import { z } from "zod";

export const draftProblemCodeSchema = z.enum([
  "placeholder",
  "unresolved_variable",
  "empty_required",
  "recipient_outside_domains",
]);
export type DraftProblemCode = z.infer<typeof draftProblemCodeSchema>;

/**
 * A finding of the draft linter. `error`s block execution (placeholder text, unresolved variables, empty required
 * parts); `warning`s are shown to the agent but do not block (a recipient outside the account's domains).
 */
export const draftProblemSchema = z.object({
  code: draftProblemCodeSchema,
  severity: z.enum(["error", "warning"]),
  path: z.string().describe("where in the content, e.g. bodyHtml or to[1]"),
  message: z.string(),
  match: z.string().nullable().describe("the offending text"),
});
export type DraftProblem = z.infer<typeof draftProblemSchema>;

export function blockingProblems(problems: readonly DraftProblem[]): DraftProblem[] {
  return problems.filter((problem) => problem.severity === "error");
}
