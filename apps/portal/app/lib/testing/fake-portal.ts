/**
 * A portal request context whose API answers in-process: each procedure by a function of its input, or a refusal
 * made with `refuse`. Route loaders and actions run unchanged against it, so tests see what they ask the API.
 */
import { RouterContextProvider } from "react-router";
import superjson from "superjson";
import { csrfToken } from "../csrf.server";
import { createPortalApi } from "../portal-api.server";
import { type PortalRequest, portalContext } from "../portal-context.server";

/** An API refusal, as the tRPC server sends it. */
export class Refusal {
  constructor(
    readonly status: number,
    readonly code: string,
    readonly message: string,
    readonly data: Record<string, unknown> = {},
  ) {}
}

export type ProcedureAnswers = Record<string, (input: unknown) => unknown>;

export interface FakePortal {
  readonly context: RouterContextProvider;
  readonly portal: PortalRequest;
  /** Every call made, in order: the procedure path and its input. */
  readonly calls: { readonly path: string; readonly input: unknown }[];
}

const SECRET = "test-portal-secret";
export const TEST_SESSION = "test-session-token";

/** A signed-in contact's context (session TEST_SESSION) whose API calls are answered by `answers`. */
export function fakePortal(answers: ProcedureAnswers): FakePortal {
  const calls: { path: string; input: unknown }[] = [];
  const fetch: typeof globalThis.fetch = async (resource, init) => {
    const url = new URL(String(resource));
    const path = decodeURIComponent(url.pathname.replace(/^\/trpc\//, ""));
    const raw = init?.body ? String(init.body) : url.searchParams.get("input");
    const input = raw ? superjson.deserialize(JSON.parse(raw)) : undefined;
    calls.push({ path, input });
    const answer = answers[path];
    if (!answer) throw new Error(`fakePortal: no answer for ${path}`);
    const result = answer(input);
    if (result instanceof Refusal) {
      const error = {
        message: result.message,
        code: -32600,
        data: { code: result.code, httpStatus: result.status, ...result.data },
      };
      return Response.json({ error: superjson.serialize(error) }, { status: result.status });
    }
    return Response.json({ result: { data: superjson.serialize(result) } });
  };
  const portal: PortalRequest = {
    api: createPortalApi({ sessionToken: TEST_SESSION, apiUrl: "http://api.test", fetch }),
    sessionToken: TEST_SESSION,
    csrfSeed: TEST_SESSION,
    csrfToken: csrfToken(SECRET, TEST_SESSION),
    origin: "http://localhost",
    secret: SECRET,
  };
  const context = new RouterContextProvider();
  context.set(portalContext, portal);
  return { context, portal, calls };
}
