/**
 * A local OpenAI-compatible server for tests: a fake at the network edge that speaks the real protocol
 * (POST /v1/chat/completions → chat.completion JSON), so the real SDK is exercised over real HTTP with its retries,
 * timeouts and parsing. Listens on 127.0.0.1 on a free port; never touches the internet.
 */
import { createServer, type IncomingHttpHeaders } from "node:http";

export interface RecordedRequest {
  readonly method: string;
  readonly path: string;
  readonly headers: IncomingHttpHeaders;
  /** The parsed JSON body, or the raw text if it was not JSON. */
  readonly body: unknown;
}

export interface Reply {
  readonly status?: number;
  readonly headers?: Readonly<Record<string, string>>;
  /** A value is sent as JSON; a string is sent as is. */
  readonly body?: unknown;
  /** Wait this long before answering (for timeouts and concurrency). */
  readonly delayMs?: number;
}

/** Answers the `index`-th request (0-based) to /v1/chat/completions. */
export type Responder = (request: RecordedRequest, index: number) => Reply | Promise<Reply>;

export interface OpenAITestServer {
  /** Base URL for the SDK, ending in /v1. */
  readonly baseURL: string;
  /** Every chat completion request received, in order. */
  readonly requests: RecordedRequest[];
  /** The most requests that were in flight at the same time. */
  readonly maxInFlight: number;
  respondWith(responder: Responder): void;
  close(): Promise<void>;
}

/** A `chat.completion` body whose message content is the given JSON value (or raw string). */
export function chatCompletion(
  content: unknown,
  options: { refusal?: string; finishReason?: string; model?: string } = {},
): Record<string, unknown> {
  const text = options.refusal ? null : typeof content === "string" ? content : JSON.stringify(content);
  return {
    id: "chatcmpl-test",
    object: "chat.completion",
    created: 1_769_774_400,
    model: options.model ?? "gpt-4o-mini-2024-07-18",
    choices: [
      {
        index: 0,
        message: { role: "assistant", content: text, refusal: options.refusal ?? null },
        logprobs: null,
        finish_reason: options.finishReason ?? "stop",
      },
    ],
    usage: { prompt_tokens: 100, completion_tokens: 50, total_tokens: 150 },
  };
}

/** An error body in OpenAI's shape. */
export function apiError(message: string, type = "server_error"): Record<string, unknown> {
  return { error: { message, type, param: null, code: null } };
}

export async function startOpenAITestServer(responder?: Responder): Promise<OpenAITestServer> {
  let respond: Responder = responder ?? (() => ({ status: 500, body: apiError("no responder configured") }));
  const requests: RecordedRequest[] = [];
  let inFlight = 0;
  let maxInFlight = 0;

  const server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on("data", (chunk: Buffer) => chunks.push(chunk));
    req.on("end", () => {
      const text = Buffer.concat(chunks).toString("utf8");
      const path = (req.url ?? "/").split("?")[0] ?? "/";
      if (req.method !== "POST" || path !== "/v1/chat/completions") {
        res.writeHead(404, { "content-type": "application/json" });
        res.end(JSON.stringify(apiError(`no route for ${req.method} ${path}`, "invalid_request_error")));
        return;
      }
      let body: unknown = text;
      try {
        body = JSON.parse(text);
      } catch {
        // Keep the raw text: a test may assert on a malformed request.
      }
      const recorded: RecordedRequest = { method: req.method, path, headers: req.headers, body };
      const index = requests.length;
      requests.push(recorded);
      inFlight++;
      maxInFlight = Math.max(maxInFlight, inFlight);
      let finished = false;
      let timer: NodeJS.Timeout | undefined;
      const finish = () => {
        if (finished) return;
        finished = true;
        inFlight--;
        if (timer) clearTimeout(timer);
      };
      // A client that times out closes the connection; stop counting it as in flight.
      res.on("close", finish);

      Promise.resolve(respond(recorded, index)).then((reply) => {
        const send = () => {
          if (finished) return;
          const payload = typeof reply.body === "string" ? reply.body : JSON.stringify(reply.body ?? {});
          res.writeHead(reply.status ?? 200, { "content-type": "application/json", ...reply.headers });
          res.end(payload, finish);
        };
        if (reply.delayMs) timer = setTimeout(send, reply.delayMs);
        else send();
      });
    });
  });

  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const address = server.address();
  if (address === null || typeof address === "string") throw new Error("the test server has no TCP address");
  const { port } = address;

  return {
    baseURL: `http://127.0.0.1:${port}/v1`,
    requests,
    get maxInFlight() {
      return maxInFlight;
    },
    respondWith(next: Responder) {
      respond = next;
    },
    close() {
      server.closeAllConnections();
      return new Promise<void>((resolve, reject) =>
        server.close((error) => (error ? reject(error) : resolve())),
      );
    },
  };
}
