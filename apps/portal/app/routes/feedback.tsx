/** `/feedback`: the contact rates how likely they are to recommend the organization (NPS 0–10), with a comment. */
import { TRPCClientError } from "@trpc/client";
import { data, Form, useNavigation } from "react-router";
import { z } from "zod";
import { Button } from "../components/button";
import { CsrfField } from "../components/csrf-field";
import { FOCUS_RING } from "../components/focus-ring";
import { NpsScale } from "../components/nps-scale";
import { portalContext } from "../lib/portal-context.server";
import { readProtectedForm } from "../lib/protected-form.server";
import { isSignedOutError, redirectToSignIn } from "../lib/signed-out.server";
import type { Route } from "./+types/feedback";

export function meta(): Route.MetaDescriptors {
  return [{ title: "Give feedback · Customer portal" }];
}

const feedbackSchema = z.object({
  score: z.coerce
    .number({ message: "Choose a score from 0 to 10." })
    .int({ message: "Choose a score from 0 to 10." })
    .min(0, { message: "Choose a score from 0 to 10." })
    .max(10, { message: "Choose a score from 0 to 10." }),
  comment: z.string().trim().max(2_000, { message: "Keep the comment under 2,000 characters." }),
});

export async function action({ request, context }: Route.ActionArgs) {
  const portal = context.get(portalContext);
  const form = await readProtectedForm(request, portal);
  const comment = String(form.get("comment") ?? "");
  const parsed = feedbackSchema.safeParse({ score: form.get("score") ?? undefined, comment });
  if (!parsed.success) {
    return data(
      { sent: false, error: parsed.error.issues[0]?.message ?? "Check your feedback.", comment },
      400,
    );
  }
  try {
    await portal.api.portal.feedback.submit.mutate({
      score: parsed.data.score,
      ...(parsed.data.comment ? { comment: parsed.data.comment } : {}),
    });
  } catch (error) {
    if (isSignedOutError(error)) throw redirectToSignIn(request, portal);
    if (!(error instanceof TRPCClientError)) throw error;
    const status = error.data?.httpStatus;
    return data({ sent: false, error: error.message, comment }, typeof status === "number" ? status : 502);
  }
  return { sent: true, error: null, comment };
}

export default function Feedback({ actionData }: Route.ComponentProps) {
  const sending = useNavigation().state === "submitting";
  if (actionData?.sent) {
    return (
      <section role="status" className="rounded-md border border-emerald-300 bg-emerald-50 px-6 py-6">
        <h1 className="text-xl font-semibold text-emerald-900">Thank you for your feedback</h1>
        <p className="mt-2 text-sm text-emerald-900">Your account team reads every answer.</p>
        <p className="mt-4 text-sm">
          <a href="/" className="font-medium text-teal-800 underline">
            Back to your requests
          </a>
        </p>
      </section>
    );
  }
  return (
    <section className="space-y-6">
      <h1 className="text-2xl font-semibold text-stone-900">Give feedback</h1>
      <Form method="post" className="space-y-6" noValidate>
        <CsrfField />
        {actionData?.error ? (
          <p
            role="alert"
            className="rounded-md border border-red-300 bg-red-50 px-3 py-2 text-sm text-red-800"
          >
            {actionData.error}
          </p>
        ) : null}
        <NpsScale />
        <div>
          <label htmlFor="comment" className="block text-sm font-medium text-stone-800">
            Anything you would like to add? <span className="font-normal text-stone-600">(optional)</span>
          </label>
          <textarea
            id="comment"
            name="comment"
            rows={4}
            maxLength={2_000}
            defaultValue={actionData?.comment ?? ""}
            className={`mt-1 block w-full rounded-md border border-stone-400 bg-white px-3 py-2 text-sm ${FOCUS_RING}`}
          />
        </div>
        <Button type="submit" variant="primary" disabled={sending}>
          {sending ? "Sending…" : "Send feedback"}
        </Button>
      </Form>
    </section>
  );
}
