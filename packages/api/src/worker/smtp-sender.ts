/**
 * Email over SMTP with nodemailer (`SMTP_URL`). The outbox row's Message-ID is the message's Message-ID header, so
 * a message re-sent after a crash mid-send carries the same one and the receiver can deduplicate it.
 */
import { htmlToText } from "@trellis/drafting";
import nodemailer from "nodemailer";
import type { DeliverySender, SendOutcome } from "./delivery-sender.js";

// Well below the worker's lease, so a hung server fails the attempt before another worker reclaims the row.
const SMTP_TIMEOUT_MS = 20_000;

/**
 * @example
 * const sender = createSmtpSender("smtp://user:pass@smtp.example.com:587");
 */
export function createSmtpSender(smtpUrl: string): DeliverySender {
  const transport = nodemailer.createTransport({
    url: smtpUrl,
    connectionTimeout: SMTP_TIMEOUT_MS,
    greetingTimeout: SMTP_TIMEOUT_MS,
    socketTimeout: SMTP_TIMEOUT_MS,
  });
  return {
    async send(delivery) {
      const { payload } = delivery;
      if (payload.kind !== "email") {
        return {
          ok: false,
          transient: false,
          reason: `an email delivery cannot send a ${payload.kind} payload`,
        };
      }
      if (payload.to.length + payload.cc.length + payload.bcc.length === 0) {
        return { ok: false, transient: false, reason: "the email has no recipient" };
      }
      try {
        await transport.sendMail({
          from: payload.from,
          to: payload.to,
          cc: payload.cc,
          bcc: payload.bcc,
          subject: payload.subject,
          html: payload.html,
          text: payload.text ?? htmlToText(payload.html),
          messageId: delivery.messageId,
          headers: { "X-Trellis-Delivery": delivery.id },
        });
        return { ok: true, reference: delivery.messageId };
      } catch (error) {
        return smtpFailure(error);
      }
    },
  };
}

/**
 * What an SMTP error means for a retry: a 4xx reply is temporary and a 5xx reply permanent (RFC 5321); a message
 * nodemailer refuses to build never succeeds; connection, timeout and TLS trouble may pass.
 */
export function smtpFailure(error: unknown): Extract<SendOutcome, { ok: false }> {
  const reason = error instanceof Error ? error.message : String(error);
  const details = typeof error === "object" && error !== null ? (error as Record<string, unknown>) : {};
  const responseCode = typeof details.responseCode === "number" ? details.responseCode : null;
  if (responseCode !== null) return { ok: false, transient: responseCode < 500, reason };
  const permanent = details.code === "EENVELOPE" || details.code === "EMESSAGE";
  return { ok: false, transient: !permanent, reason };
}
