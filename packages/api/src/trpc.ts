/**
 * tRPC is initialized once here: the context (who is asking), the procedures every router builds on, and the
 * error formatter that turns domain failures into tRPC codes with readable messages and zod issues.
 */
import type { TenantScope } from "@trellis/db";
import { withTenant } from "@trellis/db";
import type {
  AccountId,
  AgentId,
  AgentRole,
  ContactId,
  DomainErrorCode,
  OrganizationId,
} from "@trellis/domain";
import { initTRPC, type TRPC_ERROR_CODE_KEY, TRPCError } from "@trpc/server";
import superjson from "superjson";
import { ZodError } from "zod";
import type { AppDeps } from "./deps.js";
import { DomainFailure } from "./domain-failure.js";

/**
 * Who is asking. Agents come with a session cookie or an API token; a customer contact with a portal session
 * (which the portal app forwards); anything else is anonymous.
 */
export type Caller =
  | {
      readonly kind: "agent";
      readonly organizationId: OrganizationId;
      readonly agentId: AgentId;
      readonly name: string;
      readonly role: AgentRole;
      readonly via: "session" | "token";
    }
  | {
      readonly kind: "contact";
      readonly organizationId: OrganizationId;
      readonly accountId: AccountId;
      readonly contactId: ContactId;
      /** The contact's full name, as history entries record it. */
      readonly name: string;
      /** The id of the portal session, so signing out can end exactly this one. */
      readonly sessionId: string;
    }
  | { readonly kind: "anonymous" };

export type AgentCaller = Extract<Caller, { kind: "agent" }>;
export type ContactCaller = Extract<Caller, { kind: "contact" }>;

export interface TrellisContext {
  readonly deps: AppDeps;
  readonly caller: Caller;
  readonly requestId: string;
}

const CODE_BY_DOMAIN_ERROR: Record<DomainErrorCode, TRPC_ERROR_CODE_KEY> = {
  INVALID_TRANSITION: "CONFLICT",
  DRAFT_MISSING: "PRECONDITION_FAILED",
  DRAFT_INCOMPLETE: "PRECONDITION_FAILED",
  CONFIRMATION_REQUIRED: "PRECONDITION_FAILED",
  VALIDATION_FAILED: "BAD_REQUEST",
  NOT_FOUND: "NOT_FOUND",
  FORBIDDEN: "FORBIDDEN",
  CONFLICT: "CONFLICT",
};

const t = initTRPC.context<TrellisContext>().create({
  transformer: superjson,
  errorFormatter({ shape, error }) {
    const cause = error.cause;
    return {
      ...shape,
      data: {
        ...shape.data,
        domainCode: cause instanceof DomainFailure ? cause.code : null,
        zodIssues: cause instanceof ZodError ? cause.issues : null,
      },
    };
  },
});

export const router = t.router;
export const createCallerFactory = t.createCallerFactory;
export const middleware = t.middleware;

/** Domain failures thrown by services become tRPC errors carrying the domain code. */
const domainErrors = t.middleware(async ({ next }) => {
  const result = await next();
  if (!result.ok && result.error.cause instanceof DomainFailure) {
    const failure = result.error.cause;
    throw new TRPCError({
      code: CODE_BY_DOMAIN_ERROR[failure.code],
      message: failure.message,
      cause: failure,
    });
  }
  return result;
});

export const publicProcedure = t.procedure.use(domainErrors);

/**
 * For signed-in agents: adds `ctx.agent` and `ctx.tenant(work)`, which runs `work` in a transaction bound to the
 * agent's organization (row-level security on), so a procedure cannot reach another organization's rows.
 */
export const agentProcedure = publicProcedure.use(({ ctx, next }) => {
  const caller = ctx.caller;
  if (caller.kind !== "agent") throw new TRPCError({ code: "UNAUTHORIZED", message: "Sign in to continue" });
  return next({
    ctx: {
      agent: caller,
      tenant: <T>(work: (scope: TenantScope) => Promise<T>) =>
        withTenant(ctx.deps.db, caller.organizationId, work),
    },
  });
});

export const adminProcedure = agentProcedure.use(({ ctx, next }) => {
  if (ctx.agent.role !== "admin") {
    throw new TRPCError({ code: "FORBIDDEN", message: "Only admins can do this" });
  }
  return next();
});

/**
 * For contacts signed in to the portal: adds `ctx.contact` and `ctx.tenant(work)` bound to the contact's
 * organization. Row-level security keeps other organizations out; keeping other accounts out is each portal
 * query's job (they all filter by `ctx.contact.accountId`), tested procedure by procedure.
 */
export const contactProcedure = publicProcedure.use(({ ctx, next }) => {
  const caller = ctx.caller;
  if (caller.kind !== "contact") {
    throw new TRPCError({ code: "UNAUTHORIZED", message: "Sign in to the portal to continue" });
  }
  return next({
    ctx: {
      contact: caller,
      tenant: <T>(work: (scope: TenantScope) => Promise<T>) =>
        withTenant(ctx.deps.db, caller.organizationId, work),
    },
  });
});
