/** The one visible keyboard focus style every interactive element shares (WCAG 2.4.7). */
export const FOCUS_RING =
  "focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-teal-700";
