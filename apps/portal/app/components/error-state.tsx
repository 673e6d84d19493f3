import { describeError } from "./describe-error";

/** An error in place of the content it prevented, announced to screen readers. */
export function ErrorState({ error }: { readonly error: unknown }) {
  const { title, message } = describeError(error);
  return (
    <div role="alert" className="rounded-md border border-red-300 bg-red-50 px-4 py-3">
      <p className="text-sm font-semibold text-red-900">{title}</p>
      <p className="mt-1 text-sm text-red-800">{message}</p>
    </div>
  );
}
