import { Form, useNavigation } from "react-router";
import { Button } from "./button";
import { CsrfField } from "./csrf-field";
import { FOCUS_RING } from "./focus-ring";

interface RequestLinkFormProps {
  readonly returnTo: string;
  /** The refusal to show (rate limit, invalid address), announced as an alert. */
  readonly error?: string | null;
  readonly submitLabel?: string;
}

/** Email → "send me a sign-in link", posted to /sign-in (also offered where a link was used or expired). */
export function RequestLinkForm({
  returnTo,
  error,
  submitLabel = "Email me a sign-in link",
}: RequestLinkFormProps) {
  const navigation = useNavigation();
  const sending = navigation.state === "submitting" && navigation.formAction === "/sign-in";
  return (
    <Form
      method="post"
      action="/sign-in"
      className="mt-6 space-y-4"
      aria-describedby={error ? "link-error" : undefined}
    >
      <CsrfField />
      <input type="hidden" name="returnTo" value={returnTo} />
      {error ? (
        <p
          id="link-error"
          role="alert"
          className="rounded-md border border-red-300 bg-red-50 px-3 py-2 text-sm text-red-800"
        >
          {error}
        </p>
      ) : null}
      <label className="block text-sm font-medium text-stone-800">
        Email
        <input
          name="email"
          type="email"
          autoComplete="email"
          required
          className={`mt-1 block w-full rounded-md border border-stone-400 bg-white px-3 py-2 text-sm ${FOCUS_RING}`}
        />
      </label>
      <Button type="submit" variant="primary" className="w-full" disabled={sending}>
        {sending ? "Sending…" : submitLabel}
      </Button>
    </Form>
  );
}
