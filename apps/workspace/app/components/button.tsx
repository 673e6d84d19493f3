import type { ComponentProps } from "react";
import { FOCUS_RING } from "./focus-ring";

export type ButtonVariant = "primary" | "secondary" | "danger" | "ghost";

const VARIANT_CLASSES: Record<ButtonVariant, string> = {
  primary: "bg-sky-700 text-white hover:bg-sky-800 border-transparent",
  secondary: "bg-white text-slate-800 hover:bg-slate-50 border-slate-300",
  danger: "bg-red-700 text-white hover:bg-red-800 border-transparent",
  ghost: "bg-transparent text-slate-700 hover:bg-slate-100 border-transparent",
};

/** The classes of a button, also for links that look like one. */
export function buttonClasses(variant: ButtonVariant = "secondary"): string {
  return `inline-flex items-center gap-1.5 rounded border px-2.5 py-1 text-sm font-medium disabled:cursor-not-allowed disabled:opacity-50 ${FOCUS_RING} ${VARIANT_CLASSES[variant]}`;
}

export interface ButtonProps extends ComponentProps<"button"> {
  readonly variant?: ButtonVariant;
}

/** A button; `type="button"` unless told otherwise, so it never submits a form by accident. */
export function Button({ variant = "secondary", className = "", type = "button", ...props }: ButtonProps) {
  return <button type={type} className={`${buttonClasses(variant)} ${className}`} {...props} />;
}
