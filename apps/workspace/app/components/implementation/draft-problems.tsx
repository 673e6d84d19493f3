import type { DomainError, DraftProblem } from "@trellis/domain";

interface DraftProblemsProps {
  readonly problems: readonly DraftProblem[];
  readonly executeBlocker: DomainError | null;
}

/** The draft linter's findings (errors block Execute, warnings do not) and why Execute would be refused. */
export function DraftProblems({ problems, executeBlocker }: DraftProblemsProps) {
  if (problems.length === 0 && !executeBlocker) return null;
  return (
    <div className="space-y-1.5">
      {executeBlocker ? (
        <p className="rounded border border-amber-300 bg-amber-50 px-2 py-1 text-sm text-amber-900">
          <strong>Execute is blocked:</strong> {executeBlocker.message}
        </p>
      ) : null}
      {problems.length > 0 ? (
        <ul aria-label="Draft problems" className="space-y-0.5 text-sm">
          {problems.map((problem) => (
            <li
              key={`${problem.code}:${problem.path}:${problem.match ?? ""}`}
              className={problem.severity === "error" ? "text-red-800" : "text-amber-900"}
            >
              <span className="font-semibold">{problem.severity === "error" ? "Error" : "Warning"}</span>{" "}
              <span className="font-mono text-xs">{problem.path}</span>: {problem.message}
              {problem.match ? <span className="font-mono text-xs"> (“{problem.match}”)</span> : null}
            </li>
          ))}
        </ul>
      ) : null}
    </div>
  );
}
