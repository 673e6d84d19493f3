/**
 * The mails that carry a portal sign-in link, as pure compositions: the subject, an HTML body (every name escaped)
 * and a text part that spells the links out (an HTML-to-text conversion would drop them).
 */
import { escapeHtml } from "@trellis/drafting";
import { SIGN_IN_LINK_MINUTES } from "./portal-sign-in-policy.js";

export interface ComposedEmail {
  readonly subject: string;
  readonly html: string;
  readonly text: string;
}

export interface SignInEmailInput {
  readonly organizationName: string;
  readonly contactFirstName: string;
  /** The sign-in link (`…/sign-in/verify?token=…`). */
  readonly link: string;
}

/**
 * The answer to a sign-in link request.
 *
 * @example
 * signInLinkEmail({ organizationName: "Northwind", contactFirstName: "Ana", link }).subject;
 * // "Your sign-in link for Northwind"
 */
export function signInLinkEmail(input: SignInEmailInput): ComposedEmail {
  const organization = escapeHtml(input.organizationName);
  const link = escapeHtml(input.link);
  return {
    subject: `Your sign-in link for ${input.organizationName}`,
    html: [
      `<p>Hi ${escapeHtml(input.contactFirstName)},</p>`,
      `<p>Use this link to sign in to ${organization}'s customer portal. It works once and expires in ${SIGN_IN_LINK_MINUTES} minutes.</p>`,
      `<p><a href="${link}">Sign in to the portal</a></p>`,
      "<p>If you did not ask for this link, you can ignore this email.</p>",
    ].join("\n"),
    text: [
      `Hi ${input.contactFirstName},`,
      "",
      `Use this link to sign in to ${input.organizationName}'s customer portal. It works once and expires in ${SIGN_IN_LINK_MINUTES} minutes:`,
      "",
      input.link,
      "",
      "If you did not ask for this link, you can ignore this email.",
    ].join("\n"),
  };
}

export interface PortalRequestEmailInput extends SignInEmailInput {
  /** The request's title, e.g. the form's. */
  readonly title: string;
  /** The portal's sign-in page, for when the link has expired. */
  readonly signInPage: string;
}

/**
 * The email that tells a contact about a request (form, document, meeting) waiting in the portal.
 *
 * @example
 * portalRequestEmail({ organizationName: "Northwind", contactFirstName: "Ana", title: "Kickoff questionnaire",
 *   link, signInPage: "http://127.0.0.1:5174/sign-in" }).subject;
 * // "Northwind asks you to: Kickoff questionnaire"
 */
export function portalRequestEmail(input: PortalRequestEmailInput): ComposedEmail {
  const subject = `${input.organizationName} asks you to: ${input.title}`;
  const signInPage = escapeHtml(input.signInPage);
  return {
    subject,
    html: [
      `<p>Hi ${escapeHtml(input.contactFirstName)},</p>`,
      `<p>${escapeHtml(input.organizationName)} asks you to: <strong>${escapeHtml(input.title)}</strong></p>`,
      `<p><a href="${escapeHtml(input.link)}">Open in the portal</a></p>`,
      `<p>The link signs you in once and expires in ${SIGN_IN_LINK_MINUTES} minutes. If the link has expired, sign in at <a href="${signInPage}">${signInPage}</a>.</p>`,
    ].join("\n"),
    text: [
      `Hi ${input.contactFirstName},`,
      "",
      `${subject}`,
      "",
      `Open in the portal: ${input.link}`,
      "",
      `The link signs you in once and expires in ${SIGN_IN_LINK_MINUTES} minutes. If the link has expired, sign in at ${input.signInPage}.`,
    ].join("\n"),
  };
}
