/**
 * The server's configuration: the environment, parsed once at start with zod. Every default runs locally without a
 * secret (PGlite in ./.data, offline drafting, the dev mailbox, a generated auth secret); a bad value stops the
 * start with a message naming the variable.
 */
import { draftingEnvSchema } from "@trellis/drafting";
import { z } from "zod";

const optionalText = z.preprocess(
  (value) => (value === "" ? undefined : value),
  z.string().trim().min(1).optional(),
);

const urlWithProtocol = (protocols: readonly string[], example: string) =>
  z.preprocess(
    (value) => (value === "" ? undefined : value),
    z
      .url({ message: `must be a URL such as ${example}` })
      .refine((value) => protocols.includes(new URL(value).protocol), {
        message: `must start with ${protocols.map((protocol) => `${protocol}//`).join(" or ")}`,
      })
      .optional(),
  );

export const configSchema = z.object({
  PORT: z.coerce.number().int().min(0).max(65_535).default(3000),
  HOST: z.string().trim().min(1).default("127.0.0.1"),
  /** Where PGlite keeps its files (and the generated auth secret). */
  TRELLIS_DATA_DIR: z.string().trim().min(1).default("./.data"),
  /** Where uploaded documents are stored; defaults to `<TRELLIS_DATA_DIR>/uploads`. */
  UPLOADS_DIR: optionalText,
  /** PostgreSQL instead of the embedded PGlite. */
  DATABASE_URL: urlWithProtocol(["postgres:", "postgresql:"], "postgres://user:password@host:5432/trellis"),
  /** SMTP server for customer emails; without it emails land in the dev mailbox. */
  SMTP_URL: urlWithProtocol(["smtp:", "smtps:"], "smtp://user:password@smtp.example.com:587"),
  SLACK_WEBHOOK_URL: urlWithProtocol(["https:", "http:"], "https://hooks.slack.com/services/…"),
  /** At least 32 characters; without it a secret is generated once and kept in the data directory. */
  AUTH_SECRET: z.preprocess(
    (value) => (value === "" ? undefined : value),
    z.string().min(32, "must be at least 32 characters (e.g. `openssl rand -base64 32`)").optional(),
  ),
  /** The public URL of the API, for auth callbacks and cookies; defaults to http://HOST:PORT. */
  PUBLIC_URL: urlWithProtocol(["http:", "https:"], "https://trellis.example.com"),
  WORKER: z.enum(["in-process", "off"]).default("in-process"),
  LOG_LEVEL: z.enum(["fatal", "error", "warn", "info", "debug", "trace", "silent"]).default("info"),
  TRELLIS_SEED: z.enum(["demo", "none"]).default("demo"),
  MAIL_FROM: optionalText,
  /** The customer portal's public URL, which sign-in links in mail point to. */
  PORTAL_URL: urlWithProtocol(["http:", "https:"], "https://portal.trellis.example.com").default(
    "http://127.0.0.1:5174",
  ),
  ...draftingEnvSchema.shape,
});

export type Config = z.infer<typeof configSchema>;

/** A configuration the server cannot start with; the message lists every bad variable. */
export class ConfigError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "ConfigError";
  }
}

/**
 * Parses the environment. Throws `ConfigError` naming each bad variable and what it must be.
 *
 * @example
 * const config = loadConfig(process.env); // { PORT: 3000, HOST: "127.0.0.1", WORKER: "in-process", … }
 */
export function loadConfig(env: Readonly<Record<string, string | undefined>>): Config {
  const parsed = configSchema.safeParse(env);
  if (parsed.success) return parsed.data;
  const lines = parsed.error.issues.map((issue) => `  ${issue.path.join(".")}: ${issue.message}`);
  throw new ConfigError(`Invalid configuration:\n${lines.join("\n")}`);
}
