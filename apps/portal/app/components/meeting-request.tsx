import type { MeetingContent } from "@trellis/domain";
import { Form, useNavigation } from "react-router";
import { Button, buttonClasses } from "./button";
import { CsrfField } from "./csrf-field";
import { DateTime } from "./date-time";

export interface MeetingBooking {
  readonly startsAt: Date;
  readonly durationMinutes: number;
}

interface MeetingRequestProps {
  readonly content: MeetingContent;
  readonly booking: MeetingBooking | null;
  /** The refusal of the last booking attempt (slot taken, in the past, already booked). */
  readonly error: string | null;
  /** Now, to leave out slots that have passed. */
  readonly now: Date;
}

/** A meeting request: the booked slot, or the proposed slots to choose from, or the scheduling page's link. */
export function MeetingRequest({ content, booking, error, now }: MeetingRequestProps) {
  const navigation = useNavigation();
  const submitting = navigation.state === "submitting" && navigation.formData?.get("intent") === "book";
  if (booking) {
    return (
      <p className="rounded-md border border-emerald-300 bg-emerald-50 px-4 py-3 text-sm text-emerald-900">
        Booked: <DateTime value={booking.startsAt} utcTooltip /> ({booking.durationMinutes} minutes). We look
        forward to it.
      </p>
    );
  }
  const slots = content.proposedSlots.map((slot) => new Date(slot)).filter((slot) => slot > now);
  return (
    <div className="space-y-4">
      <p className="text-sm text-stone-700">{content.durationMinutes} minutes.</p>
      {slots.length > 0 ? (
        <Form method="post" className="space-y-4">
          <CsrfField />
          <input type="hidden" name="intent" value="book" />
          {error ? (
            <p
              role="alert"
              className="rounded-md border border-red-300 bg-red-50 px-3 py-2 text-sm text-red-800"
            >
              {error}
            </p>
          ) : null}
          <fieldset>
            <legend className="text-sm font-medium text-stone-800">
              Choose a time (shown in your time zone)
            </legend>
            <div className="mt-2 space-y-2">
              {slots.map((slot, index) => (
                <label key={slot.toISOString()} className="flex items-center gap-2 text-sm text-stone-800">
                  <input
                    type="radio"
                    name="startsAt"
                    value={slot.toISOString()}
                    required
                    defaultChecked={index === 0}
                    className="h-4 w-4 accent-teal-800"
                  />
                  <DateTime value={slot} utcTooltip />
                </label>
              ))}
            </div>
          </fieldset>
          <Button type="submit" variant="primary" disabled={submitting}>
            {submitting ? "Booking…" : "Book"}
          </Button>
        </Form>
      ) : content.proposedSlots.length > 0 ? (
        <p className="text-sm text-stone-700">
          All proposed times have passed; your account team will propose new ones.
        </p>
      ) : null}
      {content.schedulingLink && /^https?:\/\//i.test(content.schedulingLink) ? (
        <p>
          <a
            href={content.schedulingLink}
            target="_blank"
            rel="noopener noreferrer"
            className={buttonClasses(slots.length > 0 ? "secondary" : "primary")}
          >
            Open scheduling page
          </a>
        </p>
      ) : null}
    </div>
  );
}
