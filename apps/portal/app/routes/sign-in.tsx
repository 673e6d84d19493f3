/**
 * `/sign-in`: a contact asks for a sign-in link by email. The answer is the same whether the address is known or
 * not; only the API's rate limit is reported.
 */
import { TRPCClientError } from "@trpc/client";
import { data, redirect } from "react-router";
import { z } from "zod";
import { RequestLinkForm } from "../components/request-link-form";
import { SignInCard } from "../components/sign-in-card";
import { portalContext } from "../lib/portal-context.server";
import { readProtectedForm } from "../lib/protected-form.server";
import { safeReturnTo } from "../lib/return-to";
import type { Route } from "./+types/sign-in";

export function meta(): Route.MetaDescriptors {
  return [{ title: "Sign in · Customer portal" }];
}

export async function loader({ request, context }: Route.LoaderArgs) {
  const returnTo = safeReturnTo(new URL(request.url).searchParams.get("returnTo"));
  const portal = context.get(portalContext);
  // Already signed in (a valid session): straight to where they were going.
  if (portal.sessionToken && (await portal.api.portal.auth.me.query().catch(() => null))) {
    throw redirect(returnTo);
  }
  return { returnTo };
}

const emailSchema = z.email({ message: "Enter a valid email address." }).max(320);

export async function action({ request, context }: Route.ActionArgs) {
  const portal = context.get(portalContext);
  const form = await readProtectedForm(request, portal);
  const returnTo = safeReturnTo(form.get("returnTo"));
  const email = emailSchema.safeParse(String(form.get("email") ?? "").trim());
  if (!email.success) {
    return data(
      { sentTo: null, error: email.error.issues[0]?.message ?? "Enter a valid email address." },
      400,
    );
  }
  try {
    await portal.api.portal.auth.requestLink.mutate({
      email: email.data,
      ...(returnTo === "/" ? {} : { returnTo }),
    });
  } catch (error) {
    if (error instanceof TRPCClientError) {
      const status = error.data?.httpStatus;
      return data({ sentTo: null, error: error.message }, typeof status === "number" ? status : 502);
    }
    throw error;
  }
  return { sentTo: email.data, error: null };
}

export default function SignIn({ loaderData, actionData }: Route.ComponentProps) {
  if (actionData?.sentTo) {
    return (
      <SignInCard title="Check your email">
        <p className="mt-3 text-sm text-stone-700" role="status">
          If <strong className="font-semibold">{actionData.sentTo}</strong> belongs to a customer contact, a
          sign-in link is on its way. It works once and expires in 15 minutes.
        </p>
        <p className="mt-4 text-sm text-stone-600">
          No email after a few minutes? Check your spam folder, or{" "}
          <a className="font-medium text-teal-800 underline" href="/sign-in">
            request another link
          </a>
          .
        </p>
      </SignInCard>
    );
  }
  return (
    <SignInCard title="Sign in to your customer portal">
      <p className="mt-2 text-sm text-stone-600">
        Enter the email address your account team knows you by. We will email you a link to sign in; no
        password needed.
      </p>
      <RequestLinkForm returnTo={loaderData.returnTo} error={actionData?.error} />
    </SignInCard>
  );
}
