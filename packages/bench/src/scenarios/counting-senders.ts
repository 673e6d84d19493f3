import type { DeliverySender, DeliverySenders } from "@trellis/api";

/** Senders that deliver nowhere and count what they were given, by Message-ID. */
export interface CountingSenders {
  readonly senders: DeliverySenders;
  readonly messageIds: string[];
}

export function countingSenders(): CountingSenders {
  const messageIds: string[] = [];
  const sender: DeliverySender = {
    send: async (delivery) => {
      messageIds.push(delivery.messageId);
      return { ok: true, reference: null };
    },
  };
  return {
    messageIds,
    senders: { email: sender, slack: sender, portal: sender, none: sender },
  };
}
