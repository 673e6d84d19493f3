/**
 * The portal server's settings from the environment, parsed once at start so a bad value fails early:
 * TRELLIS_API_URL (the API it calls), PORTAL_URL (its own public origin, for the Origin check and the cookies'
 * Secure flag; defaults to the origin requests arrive at) and PORTAL_SECRET (the CSRF key; random per process
 * when unset, which only signs out open forms on a restart).
 */
import { randomBytes } from "node:crypto";
import { z } from "zod";

const portalConfigSchema = z.object({
  TRELLIS_API_URL: z
    .url({ message: "TRELLIS_API_URL must be a URL such as http://127.0.0.1:3000" })
    .default("http://127.0.0.1:3000")
    .transform((url) => url.replace(/\/+$/, "")),
  PORTAL_URL: z
    .url({ message: "PORTAL_URL must be the portal's public URL, such as https://portal.example.com" })
    .transform((url) => new URL(url).origin)
    .optional(),
  PORTAL_SECRET: z.string().min(32, "PORTAL_SECRET must be at least 32 characters").optional(),
});

const env = portalConfigSchema.parse({
  TRELLIS_API_URL: process.env.TRELLIS_API_URL || undefined,
  PORTAL_URL: process.env.PORTAL_URL || undefined,
  PORTAL_SECRET: process.env.PORTAL_SECRET || undefined,
});

/** The API server's base URL without a trailing slash, e.g. `http://127.0.0.1:3000`. */
export const apiBaseUrl: string = env.TRELLIS_API_URL;

/** The key of the CSRF tokens. */
export const portalSecret: string = env.PORTAL_SECRET ?? randomBytes(32).toString("base64url");

/** The portal's public origin: PORTAL_URL when set, else the origin of the request being served. */
export function portalOrigin(request: Request): string {
  return env.PORTAL_URL ?? new URL(request.url).origin;
}
