import type { ActionType } from "@trellis/domain";
import { ACTION_TYPE_LABELS } from "../action-type-labels";

const ACTION_TYPE_GLYPHS: Record<ActionType, string> = {
  email: "✉",
  form: "☰",
  document: "▤",
  meeting: "◷",
  slack: "#",
  manual: "✓",
};

/** An action's type as a small icon; the type's name is there for screen readers and as a tooltip. */
export function ActionTypeIcon({ type }: { readonly type: ActionType }) {
  return (
    <span
      title={ACTION_TYPE_LABELS[type]}
      className="inline-flex h-5 w-5 shrink-0 items-center justify-center rounded bg-slate-100 text-xs text-slate-700"
    >
      <span aria-hidden="true">{ACTION_TYPE_GLYPHS[type]}</span>
      <span className="sr-only">{ACTION_TYPE_LABELS[type]}</span>
    </span>
  );
}
