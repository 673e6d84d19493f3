import type { ReactNode } from "react";

interface EmptyStateProps {
  readonly title: string;
  readonly children?: ReactNode;
}

/** What a list shows when it has nothing: what is missing and, as children, what to do about it. */
export function EmptyState({ title, children }: EmptyStateProps) {
  return (
    <div className="rounded border border-dashed border-slate-300 bg-white px-6 py-10 text-center">
      <p className="text-sm font-semibold text-slate-900">{title}</p>
      {children ? <div className="mt-1 text-sm text-slate-600">{children}</div> : null}
    </div>
  );
}
