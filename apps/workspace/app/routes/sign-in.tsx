/** `/sign-in`: an agent signs in with email and password; the API's session cookie is relayed to the browser. */
import { data, Form, redirect, useNavigation } from "react-router";
import { Button } from "../components/button";
import { FOCUS_RING } from "../components/focus-ring";
import { signInFormSchema, signInWithPassword } from "../lib/agent-session.server";
import { apiContext } from "../lib/api-context.server";
import { asRouteError } from "../lib/as-route-error.server";
import { safeRedirectPath } from "../lib/safe-redirect";
import type { Route } from "./+types/sign-in";

export function meta(): Route.MetaDescriptors {
  return [{ title: "Sign in · Trellis" }];
}

export async function loader({ request, context }: Route.LoaderArgs) {
  const redirectTo = safeRedirectPath(new URL(request.url).searchParams.get("redirectTo"));
  if (await context.get(apiContext).me.query().catch(asRouteError)) throw redirect(redirectTo);
  return { redirectTo };
}

export async function action({ request }: Route.ActionArgs) {
  const form = await request.formData();
  const credentials = signInFormSchema.safeParse({
    email: form.get("email"),
    password: form.get("password"),
  });
  if (!credentials.success) {
    return data(
      { error: credentials.error.issues[0]?.message ?? "Enter your email and password." },
      { status: 400 },
    );
  }
  const result = await signInWithPassword(credentials.data);
  if (!result.ok) return data({ error: result.message }, { status: result.status === 401 ? 401 : 400 });
  const headers = new Headers();
  for (const cookie of result.setCookies) headers.append("set-cookie", cookie);
  throw redirect(safeRedirectPath(form.get("redirectTo")), { headers });
}

const INPUT_CLASSES = `mt-1 block w-full rounded border border-slate-400 bg-white px-2.5 py-1.5 text-sm text-slate-900 ${FOCUS_RING}`;

export default function SignIn({ loaderData, actionData }: Route.ComponentProps) {
  const submitting = useNavigation().state === "submitting";
  return (
    <main className="flex min-h-full items-center justify-center p-6">
      <div className="w-full max-w-sm rounded-md border border-slate-300 bg-white p-6 shadow-sm">
        <h1 className="text-lg font-semibold">Sign in to Trellis</h1>
        <p className="mt-1 text-sm text-slate-600">The workspace for customer success agents.</p>
        <Form
          method="post"
          className="mt-5 space-y-4"
          aria-describedby={actionData ? "sign-in-error" : undefined}
        >
          <input type="hidden" name="redirectTo" value={loaderData.redirectTo} />
          {actionData ? (
            <p
              id="sign-in-error"
              role="alert"
              className="rounded border border-red-300 bg-red-50 px-3 py-2 text-sm text-red-800"
            >
              {actionData.error}
            </p>
          ) : null}
          <label className="block text-sm font-medium text-slate-800">
            Email
            <input name="email" type="email" autoComplete="username" required className={INPUT_CLASSES} />
          </label>
          <label className="block text-sm font-medium text-slate-800">
            Password
            <input
              name="password"
              type="password"
              autoComplete="current-password"
              required
              className={INPUT_CLASSES}
            />
          </label>
          <Button type="submit" variant="primary" className="w-full justify-center" disabled={submitting}>
            {submitting ? "Signing in…" : "Sign in"}
          </Button>
        </Form>
      </div>
    </main>
  );
}
