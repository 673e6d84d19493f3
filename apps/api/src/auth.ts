/**
 * Sign-in for agents with better-auth: email + password, sessions in an httpOnly cookie, stored through better-auth's
 * Kysely adapter in the `auth_*` tables of migration 0005. Only invited agents (a row in `agents` with that email and
 * no user yet) may sign up; signing up links the new user to the agent.
 */
import { AUTH_TABLES, type TrellisDb } from "@trellis/db";
import { betterAuth } from "better-auth";
import { APIError } from "better-auth/api";
import { sql } from "kysely";
import type { Logger } from "pino";

export interface AuthOptions {
  readonly db: TrellisDb;
  readonly secret: string;
  /** The server's public origin, e.g. http://127.0.0.1:3000; unset, better-auth takes it from each request. */
  readonly baseURL?: string | undefined;
  /** Other origins allowed to post to /api/auth (the workspace app). */
  readonly trustedOrigins?: readonly string[];
  /** Where better-auth's own messages go (as structured logs). */
  readonly logger?: Logger;
}

export const AUTH_BASE_PATH = "/api/auth";

/**
 * Creates the better-auth instance mounted at /api/auth.
 *
 * @example
 * const auth = createAuth({ db, secret, baseURL: "http://127.0.0.1:3000" });
 * await auth.api.signInEmail({ body: { email, password } });
 */
export function createAuth(options: AuthOptions) {
  const { db } = options;
  return betterAuth({
    appName: "Trellis",
    ...(options.baseURL ? { baseURL: options.baseURL } : {}),
    basePath: AUTH_BASE_PATH,
    secret: options.secret,
    trustedOrigins: [...(options.trustedOrigins ?? [])],
    database: { db, type: "postgres" },
    telemetry: { enabled: false },
    ...(options.logger
      ? { logger: { log: authLogWriter(options.logger.child({ component: "auth" })) } }
      : {}),
    emailAndPassword: { enabled: true, minPasswordLength: 8 },
    user: { modelName: AUTH_TABLES.user.modelName, fields: { ...AUTH_TABLES.user.fields } },
    session: { modelName: AUTH_TABLES.session.modelName, fields: { ...AUTH_TABLES.session.fields } },
    account: { modelName: AUTH_TABLES.account.modelName, fields: { ...AUTH_TABLES.account.fields } },
    verification: {
      modelName: AUTH_TABLES.verification.modelName,
      fields: { ...AUTH_TABLES.verification.fields },
    },
    databaseHooks: {
      user: {
        create: {
          before: async (user) => {
            const invited = await sql<{ invited: boolean }>`
              select trellis_invited_agent_exists(${user.email}) as invited`.execute(db);
            if (!invited.rows[0]?.invited) {
              throw new APIError("FORBIDDEN", {
                message: "No agent is invited with this email; ask an admin of your organization to add you",
              });
            }
          },
          after: async (user) => {
            await sql`select * from trellis_link_agent_to_user(${user.id}, ${user.email})`.execute(db);
          },
        },
      },
    },
  });
}

export type Auth = ReturnType<typeof createAuth>;

type AuthLogLevel = "debug" | "info" | "success" | "warn" | "error";

function authLogWriter(log: Logger) {
  return (level: AuthLogLevel, message: string, ...details: unknown[]) => {
    const fields = details.length > 0 ? { details } : {};
    if (level === "error") log.error(fields, message);
    else if (level === "warn") log.warn(fields, message);
    else if (level === "debug") log.debug(fields, message);
    else log.info(fields, message);
  };
}
