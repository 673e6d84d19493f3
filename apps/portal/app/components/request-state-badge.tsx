import { requestStateLabel } from "../lib/request-groups";

/** "Waiting for you" (amber) or "Done" (green); the text carries the meaning, the colour only repeats it. */
export function RequestStateBadge({ state }: { readonly state: "executed" | "completed" }) {
  const classes =
    state === "executed"
      ? "border-amber-300 bg-amber-50 text-amber-900"
      : "border-emerald-300 bg-emerald-50 text-emerald-900";
  return (
    <span className={`inline-flex rounded-full border px-2 py-0.5 text-xs font-medium ${classes}`}>
      {requestStateLabel(state)}
    </span>
  );
}
