/** The quick actions a list row offers, as the Implementation tab and the Ready queue show them. */
export type QuickActionKind = "execute" | "edit" | "skip" | "reschedule";

// 16×16 stroke icons drawn inline, so they render the same everywhere (emoji fonts are not always installed).
const PATHS: Record<QuickActionKind, string> = {
  execute: "M9 1.5 3 9h4.5L6.5 14.5 13 6.5H8.5z",
  edit: "M10.5 2.5l3 3-8 8h-3v-3zM9 4l3 3",
  skip: "M3 3.5 9 8l-6 4.5zM11.5 3.5v9",
  reschedule: "M2.5 4h11v9.5h-11zM2.5 7h11M5.5 2.5v3M10.5 2.5v3",
};

/** The icon of a row's quick action; decorative, the button's label names it. */
export function QuickActionIcon({ kind }: { readonly kind: QuickActionKind }) {
  return (
    <svg
      aria-hidden="true"
      viewBox="0 0 16 16"
      className="size-4"
      fill="none"
      stroke="currentColor"
      strokeWidth="1.5"
      strokeLinejoin="round"
      strokeLinecap="round"
    >
      <path d={PATHS[kind]} />
    </svg>
  );
}
