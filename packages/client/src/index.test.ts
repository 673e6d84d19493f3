import superjson from "superjson";
import { describe, expect, it } from "vitest";
import { createTrellisClient, trpcUrl } from "./index.js";

/** A fetch that records requests and answers every batched call with `null`, the way a tRPC server would. */
function recordingFetch() {
  const requests: Request[] = [];
  const fetch: typeof globalThis.fetch = async (input, init) => {
    const request = new Request(input, init);
    requests.push(request);
    const calls = new URL(request.url).pathname.split("/").pop()?.split(",") ?? [];
    const body = calls.map(() => ({ result: { data: superjson.serialize(null) } }));
    return new Response(JSON.stringify(body), { headers: { "content-type": "application/json" } });
  };
  return { fetch, requests };
}

describe("trpcUrl", () => {
  it("appends /trpc to a base URL once", () => {
    expect(trpcUrl("http://127.0.0.1:3000")).toBe("http://127.0.0.1:3000/trpc");
    expect(trpcUrl("http://127.0.0.1:3000/")).toBe("http://127.0.0.1:3000/trpc");
    expect(trpcUrl("https://api.example.com/trpc")).toBe("https://api.example.com/trpc");
  });
});

describe("createTrellisClient", () => {
  it("sends the API token as a bearer token along with extra headers", async () => {
    const { fetch, requests } = recordingFetch();
    const client = createTrellisClient({
      url: "http://trellis.test",
      token: "trl_secret",
      fetch,
      headers: { "x-request-id": "req-1" },
    });
    await expect(client.me.query()).resolves.toBeNull();
    const [request] = requests;
    expect(new URL(request?.url ?? "").pathname).toBe("/trpc/me");
    expect(request?.headers.get("authorization")).toBe("Bearer trl_secret");
    expect(request?.headers.get("x-request-id")).toBe("req-1");
  });

  it("batches calls made together into one request and sends no authorization without a token", async () => {
    const { fetch, requests } = recordingFetch();
    const client = createTrellisClient({ url: "http://trellis.test", fetch, headers: async () => ({}) });
    await Promise.all([client.me.query(), client.me.query()]);
    expect(requests).toHaveLength(1);
    expect(new URL(requests[0]?.url ?? "").pathname).toBe("/trpc/me,me");
    expect(requests[0]?.headers.has("authorization")).toBe(false);
  });
});
