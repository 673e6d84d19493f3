/** Configuration of the OpenAI provider, validated once when the provider is created. */
import { z } from "zod";

export const DEFAULT_OPENAI_MODEL = "gpt-4o-mini";
export const DEFAULT_OPENAI_BASE_URL = "https://api.openai.com/v1";

export const openAIProviderConfigSchema = z.object({
  apiKey: z.string().trim().min(1, "an API key is required").describe("OPENAI_API_KEY"),
  baseURL: z
    .url()
    .default(DEFAULT_OPENAI_BASE_URL)
    .describe("OPENAI_BASE_URL: the OpenAI API or any compatible server"),
  model: z.string().trim().min(1).default(DEFAULT_OPENAI_MODEL).describe("OPENAI_MODEL"),
  timeoutMs: z
    .number()
    .int()
    .min(1)
    .max(60_000)
    .default(30_000)
    .describe("per-attempt timeout in milliseconds (the SDK applies it to each try)"),
  maxRetries: z
    .number()
    .int()
    .min(0)
    .max(10)
    .default(3)
    .describe("retries after the first attempt on 408/409/429/5xx and connection errors, done by the SDK"),
  maxConcurrency: z.number().int().min(1).max(64).default(4).describe("drafts in flight at once"),
});
export type OpenAIProviderConfig = z.infer<typeof openAIProviderConfigSchema>;
export type OpenAIProviderConfigInput = z.input<typeof openAIProviderConfigSchema>;
