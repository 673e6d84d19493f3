import { ErrorState } from "./error-state";

/** A page's error boundary content: its title, then what went wrong. */
export function PageError({ title, error }: { readonly title: string; readonly error: unknown }) {
  return (
    <section className="space-y-3">
      <h1 className="text-lg font-semibold">{title}</h1>
      <ErrorState error={error} />
    </section>
  );
}
