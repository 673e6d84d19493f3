/**
 * Slack through an incoming-webhook URL: one POST per message. A 429 or 5xx reply (and a network error) may pass
 * and is retried; any other 4xx means the webhook will never take this message.
 */
import type { DeliverySender, SendOutcome } from "./delivery-sender.js";

const SLACK_TIMEOUT_MS = 15_000;

/**
 * @example
 * const sender = createSlackWebhookSender("https://hooks.slack.com/services/T000/B000/XXXX");
 */
export function createSlackWebhookSender(
  webhookUrl: string,
  fetchImpl: typeof fetch = fetch,
): DeliverySender {
  return {
    async send(delivery) {
      const { payload } = delivery;
      if (payload.kind !== "slack") {
        return {
          ok: false,
          transient: false,
          reason: `a Slack delivery cannot send a ${payload.kind} payload`,
        };
      }
      try {
        const response = await fetchImpl(webhookUrl, {
          method: "POST",
          headers: { "content-type": "application/json" },
          body: JSON.stringify({ channel: payload.channel, text: payload.message }),
          signal: AbortSignal.timeout(SLACK_TIMEOUT_MS),
        });
        const body = await response.text();
        return slackOutcome(response.status, body);
      } catch (error) {
        return { ok: false, transient: true, reason: error instanceof Error ? error.message : String(error) };
      }
    },
  };
}

/** The outcome of a webhook reply by its status. */
export function slackOutcome(status: number, body: string): SendOutcome {
  if (status >= 200 && status < 300) return { ok: true, reference: null };
  const reason = `Slack answered ${status}${body ? `: ${body.slice(0, 200)}` : ""}`;
  return { ok: false, transient: status === 429 || status >= 500, reason };
}
