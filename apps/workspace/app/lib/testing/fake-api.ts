/**
 * A Trellis client whose HTTP calls are answered in-process: each procedure by a function of its input. Route
 * loaders run unchanged against it, so tests see what they ask the API and what they make of the answers.
 */
import { createTrellisClient, type TrellisClient } from "@trellis/client";

export type ProcedureAnswers = Record<string, (input: unknown) => unknown>;

export interface FakeApi {
  readonly client: TrellisClient;
  /** Every call made, in order: the procedure path and its input. */
  readonly calls: { readonly path: string; readonly input: unknown }[];
}

/** A client answering tRPC batch requests (GET and POST, superjson without metadata) from `answers`. */
export function fakeApi(answers: ProcedureAnswers): FakeApi {
  const calls: { path: string; input: unknown }[] = [];
  const fetch: typeof globalThis.fetch = async (resource, init) => {
    const url = new URL(String(resource));
    const paths = decodeURIComponent(url.pathname.replace(/^\/trpc\//, "")).split(",");
    const body = init?.body ? String(init.body) : (url.searchParams.get("input") ?? "{}");
    const inputs = JSON.parse(body) as Record<string, { json?: unknown } | undefined>;
    const results = paths.map((path, index) => {
      const input = inputs[String(index)]?.json;
      calls.push({ path, input });
      const answer = answers[path];
      if (!answer) throw new Error(`fakeApi: no answer for ${path}`);
      return { result: { data: { json: answer(input) } } };
    });
    return new Response(JSON.stringify(results), { headers: { "content-type": "application/json" } });
  };
  return { client: createTrellisClient({ url: "http://api.test", fetch }), calls };
}
