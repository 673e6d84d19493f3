/**
 * Mail that carries a portal sign-in link, sent at send time: the link is created in the contact's tenant just
 * before the mail goes out through the email sender (SMTP or the dev mailbox) with the outbox row's Message-ID, so
 * no token ever sits in the outbox. A retry creates another link, which does no harm: each is single use and
 * short-lived.
 */
import { getPortalContactProfile, type TrellisDb, withTenant } from "@trellis/db";
import type { OrganizationId } from "@trellis/domain";
import type { PortalRecipient } from "../services/action-event-plan.js";
import type { ComposedEmail } from "../services/portal-sign-in-email.js";
import { createSignInLink } from "../services/portal-sign-in-link.js";
import type { Delivery, DeliverySender, SendOutcome } from "./delivery-sender.js";

export interface SignInLinkMailOptions {
  readonly db: TrellisDb;
  readonly clock: { now(): Date };
  /** Sends the composed mail. */
  readonly email: DeliverySender;
  /** The portal's public URL, which the links point to. */
  readonly portalUrl: string;
}

/** A mail around a sign-in link: who it goes to, where the link lands, and how it reads. */
export interface SignInLinkMail {
  readonly from: string;
  readonly recipient: PortalRecipient;
  /** The portal path to land on after signing in. */
  readonly returnTo: string | null;
  /** The failure reason when the contact is gone by send time. */
  readonly contactGone: string;
  /** Composes the mail around the fresh link, given the organization's current name. */
  readonly compose: (link: string, organizationName: string) => ComposedEmail;
}

/**
 * Creates the recipient's sign-in link now and sends the composed mail as an email delivery with the row's
 * Message-ID; a contact deleted since the row was written fails for good.
 *
 * @example
 * return sendSignInLinkMail(options, delivery, { from, recipient, returnTo: null, contactGone, compose });
 */
export async function sendSignInLinkMail(
  options: SignInLinkMailOptions,
  delivery: Delivery,
  mail: SignInLinkMail,
): Promise<SendOutcome> {
  const { recipient } = mail;
  const prepared = await withTenant(options.db, delivery.organizationId as OrganizationId, async (scope) => {
    const profile = await getPortalContactProfile(scope, recipient.contactId);
    if (!profile) return null;
    const link = await createSignInLink(scope, {
      contactId: recipient.contactId,
      returnTo: mail.returnTo,
      at: options.clock.now(),
      portalUrl: options.portalUrl,
    });
    return { organizationName: profile.organizationName, link: link.url };
  });
  if (!prepared) return { ok: false, transient: false, reason: mail.contactGone };
  return options.email.send({
    ...delivery,
    channel: "email",
    payload: {
      kind: "email",
      from: mail.from,
      to: [recipient.email],
      cc: [],
      bcc: [],
      ...mail.compose(prepared.link, prepared.organizationName),
    },
  });
}
