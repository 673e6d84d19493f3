/**
 * Chooses the drafting provider from the environment: OpenAI when `OPENAI_API_KEY` is set, otherwise the offline
 * provider, so a fresh machine drafts without any secret. The environment is passed in, never read ad hoc.
 */
import { z } from "zod";
import type { DraftingProvider } from "./drafting-provider.js";
import { createOfflineProvider } from "./offline-provider.js";
import { openAIProviderConfigSchema } from "./openai-config.js";
import { createOpenAIProvider } from "./openai-provider.js";

const optionalInt = z.preprocess(
  (value) => (value === undefined || value === "" ? undefined : Number(value)),
  z.number().int().optional(),
);
const optionalText = z.preprocess(
  (value) => (value === "" ? undefined : value),
  z.string().trim().optional(),
);

/** The environment variables the drafting provider reads. Empty values count as unset. */
export const draftingEnvSchema = z.object({
  OPENAI_API_KEY: optionalText,
  OPENAI_BASE_URL: optionalText,
  OPENAI_MODEL: optionalText,
  OPENAI_TIMEOUT_MS: optionalInt,
  OPENAI_MAX_RETRIES: optionalInt,
  OPENAI_MAX_CONCURRENCY: optionalInt,
});

/**
 * Builds the provider the environment asks for. Throws with a readable message when a variable is invalid
 * (a configuration error at start, not a draft failure).
 *
 * @example
 * const provider = providerFromEnv(process.env); // offline unless OPENAI_API_KEY is set
 */
export function providerFromEnv(env: Readonly<Record<string, string | undefined>>): DraftingProvider {
  const parsed = draftingEnvSchema.safeParse(env);
  if (!parsed.success) {
    throw new Error(`invalid drafting configuration: ${z.prettifyError(parsed.error)}`);
  }
  const vars = parsed.data;
  if (vars.OPENAI_API_KEY === undefined || vars.OPENAI_API_KEY === "") return createOfflineProvider();
  const config = {
    apiKey: vars.OPENAI_API_KEY,
    baseURL: vars.OPENAI_BASE_URL,
    model: vars.OPENAI_MODEL,
    timeoutMs: vars.OPENAI_TIMEOUT_MS,
    maxRetries: vars.OPENAI_MAX_RETRIES,
    maxConcurrency: vars.OPENAI_MAX_CONCURRENCY,
  };
  const checked = openAIProviderConfigSchema.safeParse(config);
  if (!checked.success) {
    const issues = checked.error.issues.map((issue) => {
      const key = String(issue.path[0] ?? "");
      return `${ENV_NAMES[key] ?? key}: ${issue.message}`;
    });
    throw new Error(`invalid drafting configuration: ${issues.join("; ")}`);
  }
  return createOpenAIProvider(checked.data);
}

const ENV_NAMES: Readonly<Record<string, string>> = {
  apiKey: "OPENAI_API_KEY",
  baseURL: "OPENAI_BASE_URL",
  model: "OPENAI_MODEL",
  timeoutMs: "OPENAI_TIMEOUT_MS",
  maxRetries: "OPENAI_MAX_RETRIES",
  maxConcurrency: "OPENAI_MAX_CONCURRENCY",
};
