/**
 * An SMTP server in-process (the `smtp-server` package) that receives what the worker sends and deduplicates by
 * Message-ID, the way a careful mail receiver does: the worker tests and the chaos script count what arrived.
 */
import type { AddressInfo } from "node:net";
import { SMTPServer, type SMTPServerSession } from "smtp-server";

export interface ReceivedMessage {
  readonly messageId: string;
  readonly subject: string;
  /** Envelope recipients (To, Cc and Bcc). */
  readonly recipients: string[];
  readonly headers: ReadonlyMap<string, string>;
  readonly body: string;
}

/** An SMTP reply the receiver gives instead of accepting a message, e.g. `{ code: 451, message: "try later" }`. */
export interface SmtpRefusal {
  readonly code: number;
  readonly message: string;
}

export interface SmtpReceiver {
  /** `smtp://127.0.0.1:<port>`, for `SMTP_URL`. */
  readonly url: string;
  /** One entry per distinct Message-ID, in arrival order. */
  unique(): ReceivedMessage[];
  /** How many times each Message-ID arrived. */
  arrivals(): ReadonlyMap<string, number>;
  /** Every message accepted, duplicates included. */
  total(): number;
  /** Refuse the next messages with these replies, one per message, before accepting again. */
  refuseNext(...refusals: SmtpRefusal[]): void;
  close(): Promise<void>;
}

/**
 * @example
 * const receiver = await startSmtpReceiver();
 * const senders = createDeliverySenders(db, clock, { smtpUrl: receiver.url });
 */
export async function startSmtpReceiver(): Promise<SmtpReceiver> {
  const messages = new Map<string, ReceivedMessage>();
  const counts = new Map<string, number>();
  const refusals: SmtpRefusal[] = [];
  let total = 0;

  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ["AUTH", "STARTTLS"],
    logger: false,
    onData(stream, session, callback) {
      const chunks: Buffer[] = [];
      stream.on("data", (chunk: Buffer) => chunks.push(chunk));
      stream.on("end", () => {
        const refusal = refusals.shift();
        if (refusal) {
          callback(Object.assign(new Error(refusal.message), { responseCode: refusal.code }));
          return;
        }
        const message = parseMessage(Buffer.concat(chunks).toString("utf8"), session);
        total++;
        counts.set(message.messageId, (counts.get(message.messageId) ?? 0) + 1);
        if (!messages.has(message.messageId)) messages.set(message.messageId, message);
        callback();
      });
    },
  });
  await new Promise<void>((resolve, reject) => {
    server.server.once("error", reject);
    server.listen(0, "127.0.0.1", () => resolve());
  });
  const { port } = server.server.address() as AddressInfo;

  return {
    url: `smtp://127.0.0.1:${port}`,
    unique: () => [...messages.values()],
    arrivals: () => new Map(counts),
    total: () => total,
    refuseNext: (...next) => {
      refusals.push(...next);
    },
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

function parseMessage(raw: string, session: SMTPServerSession): ReceivedMessage {
  const split = raw.indexOf("\r\n\r\n");
  const head = split === -1 ? raw : raw.slice(0, split);
  const body = split === -1 ? "" : raw.slice(split + 4);
  const headers = new Map<string, string>();
  // Folded header lines continue with whitespace.
  for (const line of head.replace(/\r\n[ \t]+/g, " ").split("\r\n")) {
    const colon = line.indexOf(":");
    if (colon > 0) headers.set(line.slice(0, colon).trim().toLowerCase(), line.slice(colon + 1).trim());
  }
  return {
    messageId: headers.get("message-id") ?? "(none)",
    subject: headers.get("subject") ?? "",
    recipients: session.envelope.rcptTo.map((recipient) => recipient.address),
    headers,
    body,
  };
}
