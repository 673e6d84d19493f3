/**
 * A contact books one of a meeting action's proposed slots from the portal: the booking and the lifecycle's
 * `meeting_booked` response (history with the contact's name, a notification to the agent) in one transaction.
 */
import { getMeetingBooking, insertMeetingBooking, type TenantScope } from "@trellis/db";
import type { ActionId } from "@trellis/domain";
import type { AppDeps } from "../deps.js";
import { DomainFailure } from "../domain-failure.js";
import type { ContactCaller } from "../trpc.js";
import { applyActionEvent } from "./apply-action-event.js";
import { contactActor } from "./contact-actor.js";
import { loadPortalAction } from "./portal-action.js";

function validationFailed(message: string): DomainFailure {
  return new DomainFailure({ code: "VALIDATION_FAILED", message });
}

/**
 * Books `startsAt` for the meeting. BAD_REQUEST when it is not a proposed slot or has passed; CONFLICT when the
 * meeting is already booked.
 *
 * @example
 * await ctx.tenant((scope) => bookPortalMeeting(deps, scope, ctx.contact, { actionId, startsAt }));
 */
export async function bookPortalMeeting(
  deps: Pick<AppDeps, "clock" | "mail">,
  scope: TenantScope,
  contact: ContactCaller,
  input: { actionId: ActionId; startsAt: Date },
): Promise<{ startsAt: Date; durationMinutes: number }> {
  const { row, content } = await loadPortalAction(scope, contact, input.actionId, {
    expected: "meeting",
    forUpdate: true,
  });
  if (row.state !== "executed" || (await getMeetingBooking(scope, input.actionId))) {
    throw new DomainFailure({ code: "CONFLICT", message: "This meeting is already booked." });
  }
  const startsAt = input.startsAt.getTime();
  if (!content.proposedSlots.some((slot) => Date.parse(slot) === startsAt)) {
    throw validationFailed("Choose one of the proposed times.");
  }
  const now = deps.clock.now();
  if (startsAt <= now.getTime()) throw validationFailed("This time has already passed; choose a later one.");
  await insertMeetingBooking(scope, {
    actionId: input.actionId,
    contactId: contact.contactId,
    startsAt: input.startsAt,
    durationMinutes: content.durationMinutes,
    at: now,
  });
  await applyActionEvent(
    deps,
    scope,
    input.actionId,
    {
      type: "customer_responded",
      response: { kind: "meeting_booked", startsAt: input.startsAt.toISOString() },
    },
    contactActor(contact),
  );
  return { startsAt: input.startsAt, durationMinutes: content.durationMinutes };
}
