/**
 * `/sign-in/verify?token=…`: the page a sign-in link opens. GET only shows a "Continue" button, so mail scanners
 * that fetch links cannot use up the single-use token; the POST signs in, sets the session cookie and goes to
 * the page the link was for. A used, expired or unknown link shows why, with a form for a new one.
 */
import { TRPCClientError } from "@trpc/client";
import { data, Form, redirect, useNavigation } from "react-router";
import { Button } from "../components/button";
import { CsrfField } from "../components/csrf-field";
import { RequestLinkForm } from "../components/request-link-form";
import { SignInCard } from "../components/sign-in-card";
import {
  cookieOptions,
  SESSION_COOKIE,
  SESSION_MAX_AGE_SECONDS,
  serializeCookie,
} from "../lib/cookies.server";
import { portalContext } from "../lib/portal-context.server";
import { readProtectedForm } from "../lib/protected-form.server";
import { safeReturnTo } from "../lib/return-to";
import type { Route } from "./+types/sign-in-verify";

const MISSING_TOKEN = "This sign-in link is not complete. Request a new one.";

export function meta(): Route.MetaDescriptors {
  return [{ title: "Sign in · Customer portal" }];
}

export function loader({ request }: Route.LoaderArgs) {
  return { token: new URL(request.url).searchParams.get("token") ?? "" };
}

export async function action({ request, context }: Route.ActionArgs) {
  const portal = context.get(portalContext);
  const form = await readProtectedForm(request, portal);
  const token = form.get("token");
  if (typeof token !== "string" || token.length === 0 || token.length > 200) {
    return data({ error: MISSING_TOKEN }, 400);
  }
  try {
    const session = await portal.api.portal.auth.signIn.mutate({ token });
    throw redirect(safeReturnTo(session.returnTo), {
      headers: {
        "Set-Cookie": serializeCookie(
          SESSION_COOKIE,
          session.sessionToken,
          cookieOptions(portal.origin, SESSION_MAX_AGE_SECONDS),
        ),
      },
    });
  } catch (error) {
    if (error instanceof TRPCClientError) {
      const status = error.data?.httpStatus;
      return data({ error: error.message }, typeof status === "number" ? status : 502);
    }
    throw error;
  }
}

export default function SignInVerify({ loaderData, actionData }: Route.ComponentProps) {
  const continuing = useNavigation().state !== "idle";
  const error = actionData?.error ?? (loaderData.token ? null : MISSING_TOKEN);
  if (error) {
    return (
      <SignInCard title="This link cannot sign you in">
        <p
          role="alert"
          className="mt-3 rounded-md border border-amber-300 bg-amber-50 px-3 py-2 text-sm text-amber-900"
        >
          {error}
        </p>
        <p className="mt-4 text-sm text-stone-600">
          Enter your email address and we will send you a fresh link.
        </p>
        <RequestLinkForm returnTo="/" submitLabel="Email me a new link" />
      </SignInCard>
    );
  }
  return (
    <SignInCard title="Continue to your customer portal">
      <p className="mt-2 text-sm text-stone-600">
        Sign-in links work once. Continue to sign in on this device.
      </p>
      <Form method="post" className="mt-6">
        <CsrfField />
        <input type="hidden" name="token" value={loaderData.token} />
        <Button type="submit" variant="primary" className="w-full" disabled={continuing}>
          {continuing ? "Signing in…" : "Continue"}
        </Button>
      </Form>
    </SignInCard>
  );
}
