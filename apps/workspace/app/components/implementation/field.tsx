import type { ComponentProps } from "react";
import { FOCUS_RING } from "../focus-ring";

export const INPUT_CLASSES = `mt-0.5 block w-full rounded border border-slate-400 bg-white px-2 py-1 text-sm ${FOCUS_RING}`;

interface TextFieldProps extends Omit<ComponentProps<"input">, "className"> {
  readonly label: string;
}

/** A labelled single-line input. */
export function TextField({ label, ...props }: TextFieldProps) {
  return (
    <label className="block text-xs font-medium text-slate-700">
      {label}
      <input className={INPUT_CLASSES} {...props} />
    </label>
  );
}

interface TextAreaFieldProps extends Omit<ComponentProps<"textarea">, "className"> {
  readonly label: string;
}

/** A labelled multi-line input. */
export function TextAreaField({ label, rows = 4, ...props }: TextAreaFieldProps) {
  return (
    <label className="block text-xs font-medium text-slate-700">
      {label}
      <textarea rows={rows} className={INPUT_CLASSES} {...props} />
    </label>
  );
}
