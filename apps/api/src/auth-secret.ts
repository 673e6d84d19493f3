/**
 * The secret better-auth signs session cookies with. Production sets AUTH_SECRET; a fresh machine gets one
 * generated once and kept in the data directory, so sessions survive a restart without any setup.
 */
import { randomBytes } from "node:crypto";
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";

export interface AuthSecret {
  readonly secret: string;
  /** Where a generated secret is kept, or null when it came from AUTH_SECRET. */
  readonly generatedAt: string | null;
}

/**
 * Returns AUTH_SECRET when set, else the secret stored in `<dataDir>/auth-secret`, creating it (mode 0600) on
 * first use.
 *
 * @example
 * const { secret, generatedAt } = resolveAuthSecret(config.AUTH_SECRET, config.TRELLIS_DATA_DIR);
 * if (generatedAt) log.warn({ file: generatedAt }, "using a generated AUTH_SECRET");
 */
export function resolveAuthSecret(configured: string | undefined, dataDir: string): AuthSecret {
  if (configured) return { secret: configured, generatedAt: null };
  const file = join(dataDir, "auth-secret");
  if (existsSync(file)) {
    const stored = readFileSync(file, "utf8").trim();
    if (stored.length >= 32) return { secret: stored, generatedAt: file };
  }
  mkdirSync(dataDir, { recursive: true });
  const secret = randomBytes(32).toString("base64url");
  writeFileSync(file, `${secret}\n`, { mode: 0o600 });
  return { secret, generatedAt: file };
}
