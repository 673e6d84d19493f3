import type { ComponentProps } from "react";
import { FOCUS_RING } from "./focus-ring";

export type ButtonVariant = "primary" | "secondary";

const VARIANT_CLASSES: Record<ButtonVariant, string> = {
  primary: "border-transparent bg-teal-800 text-white hover:bg-teal-900",
  secondary: "border-stone-300 bg-white text-stone-800 hover:bg-stone-100",
};

/** The classes of a button, also for links that look like one. */
export function buttonClasses(variant: ButtonVariant = "secondary"): string {
  return `inline-flex items-center justify-center gap-1.5 rounded-md border px-4 py-2 text-sm font-medium disabled:cursor-not-allowed disabled:opacity-60 ${FOCUS_RING} ${VARIANT_CLASSES[variant]}`;
}

export interface ButtonProps extends ComponentProps<"button"> {
  readonly variant?: ButtonVariant;
}

/** A button; `type="button"` unless told otherwise, so it never submits a form by accident. */
export function Button({ variant = "secondary", className = "", type = "button", ...props }: ButtonProps) {
  return <button type={type} className={`${buttonClasses(variant)} ${className}`} {...props} />;
}
