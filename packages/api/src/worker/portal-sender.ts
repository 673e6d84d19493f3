/**
 * Portal deliveries, each an email with a sign-in link created at send time (see sign-in-link-mail.ts): an
 * executed request (form, document, meeting) shows in the portal and its email's link lands on the request; a
 * sign-in link a contact asked for lands where they asked to go.
 */
import type { DeliveryPayload } from "../services/action-event-plan.js";
import { portalRequestEmail, signInLinkEmail } from "../services/portal-sign-in-email.js";
import { requestPath, signInPageUrl } from "../services/portal-urls.js";
import type { DeliverySender, SendOutcome } from "./delivery-sender.js";
import { type SignInLinkMail, type SignInLinkMailOptions, sendSignInLinkMail } from "./sign-in-link-mail.js";

export type PortalSenderOptions = SignInLinkMailOptions;

type Refusal = Extract<SendOutcome, { ok: false }>;

/**
 * @example
 * const sender = createPortalSender({ db, clock, email: createDevMailboxSender(db, clock), portalUrl });
 */
export function createPortalSender(options: PortalSenderOptions): DeliverySender {
  return {
    async send(delivery) {
      const mail = portalMail(delivery.payload, delivery.actionId, options.portalUrl);
      if ("ok" in mail) return mail;
      return sendSignInLinkMail(options, delivery, mail);
    },
  };
}

/** The mail a portal delivery sends, or why it cannot send one. */
function portalMail(
  payload: DeliveryPayload,
  actionId: string | null,
  portalUrl: string,
): SignInLinkMail | Refusal {
  if (payload.kind === "portal_sign_in") {
    const { from, recipient, organizationName, returnTo } = payload;
    return {
      from,
      recipient,
      returnTo,
      contactGone: "the contact who asked for the link no longer exists",
      compose: (link) => signInLinkEmail({ organizationName, contactFirstName: recipient.firstName, link }),
    };
  }
  if (payload.kind !== "portal" || actionId === null) {
    return { ok: false, transient: false, reason: `a portal delivery cannot send a ${payload.kind} payload` };
  }
  const { recipient, content, from } = payload;
  if (content.type !== "form" && content.type !== "document" && content.type !== "meeting") {
    return {
      ok: false,
      transient: false,
      reason: `a ${content.type} action has nothing to show in the portal`,
    };
  }
  if (!recipient) {
    return { ok: false, transient: false, reason: "the account has no contact to send the request to" };
  }
  return {
    from,
    recipient,
    returnTo: requestPath(actionId),
    contactGone: "the contact the request was sent to no longer exists",
    compose: (link, organizationName) =>
      portalRequestEmail({
        organizationName,
        contactFirstName: recipient.firstName,
        title: content.title,
        link,
        signInPage: signInPageUrl(portalUrl),
      }),
  };
}
