/** The readable message of a failed command, for the `role="alert"` in its dialog or panel. */
import { TRPCClientError } from "@trellis/client";
import { issuePathLabel } from "./issue-path-label";

interface Issue {
  readonly path?: readonly PropertyKey[];
  readonly message?: string;
}

function isIssueList(value: unknown): value is Issue[] {
  return Array.isArray(value) && value.every((issue) => typeof issue === "object" && issue !== null);
}

/**
 * The API's message for a refused command; for refused input, each problem with the field it concerns
 * ("Reason: a skip needs a reason", "Field 2, options: …") instead of the raw list tRPC puts in the message.
 */
export function commandErrorMessage(error: unknown): string {
  if (error instanceof TRPCClientError) {
    const issues: unknown = error.data?.zodIssues;
    if (isIssueList(issues) && issues.length > 0) {
      return issues
        .map((issue) => {
          const where = issuePathLabel(issue.path ?? []);
          return where ? `${where}: ${issue.message ?? "is not valid"}` : (issue.message ?? "is not valid");
        })
        .join("; ");
    }
    return error.message;
  }
  if (error instanceof Error) return error.message;
  return "Something went wrong.";
}
