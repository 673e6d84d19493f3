/** A problem with one input of the Edit dialog, shown under it and referenced by its `aria-describedby`. */
export function InputProblem({ id, message }: { readonly id: string; readonly message: string | undefined }) {
  return message ? (
    <p id={id} className="mt-0.5 text-xs font-medium text-red-700">
      {message}
    </p>
  ) : null;
}

/** The attributes that tie an input to its problem (none while it has none). */
export function problemAttributes(id: string, message: string | undefined) {
  return message ? { "aria-invalid": true, "aria-describedby": id } : {};
}
