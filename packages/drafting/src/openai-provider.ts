/**
 * The OpenAI drafting provider, through the official `openai` SDK against the OpenAI API or any compatible server
 * (`baseURL`). Structured output comes from per-type model schemas; the answer is validated by the domain schema.
 *
 * Exactly one retry layer: the SDK's own. It retries 408/409/429/5xx responses and connection errors with
 * exponential backoff, honouring `retry-after`/`retry-after-ms`, up to `maxRetries` times, and applies `timeoutMs`
 * to each attempt. This module never loops around it; a failure that survives the SDK's retries is returned as a
 * typed result for the caller to record.
 */
import type { ActionType } from "@trellis/domain";
import OpenAI from "openai";
import { zodResponseFormat } from "openai/helpers/zod";
import { buildPrompt } from "./build-prompt.js";
import { createConcurrencyLimit } from "./concurrency-limit.js";
import type { DraftRequestOf } from "./draft-request.js";
import { contentOfType, type DraftResult, draftFailed } from "./draft-result.js";
import type { DraftingProvider, DraftOptions } from "./drafting-provider.js";
import { contentFromModelOutput, MODEL_OUTPUT_SCHEMAS } from "./model-output.js";
import { type OpenAIProviderConfigInput, openAIProviderConfigSchema } from "./openai-config.js";
import { classifyOpenAIError } from "./openai-error.js";

export const OPENAI_PROVIDER_NAME = "openai";

export interface OpenAIProvider extends DraftingProvider {
  /** The configured model name. */
  readonly model: string;
}

/**
 * Creates the OpenAI provider. Throws if the configuration is invalid (a startup error, not a draft failure).
 *
 * @example
 * const provider = createOpenAIProvider({ apiKey: process.env.OPENAI_API_KEY ?? "", model: "gpt-4o-mini" });
 * const result = await provider.draft(request, { signal: AbortSignal.timeout(120_000) });
 */
export function createOpenAIProvider(config: OpenAIProviderConfigInput): OpenAIProvider {
  const settings = openAIProviderConfigSchema.parse(config);
  const client = new OpenAI({
    apiKey: settings.apiKey,
    baseURL: settings.baseURL,
    timeout: settings.timeoutMs,
    maxRetries: settings.maxRetries,
  });
  const limit = createConcurrencyLimit(settings.maxConcurrency);

  async function draftOnce<T extends ActionType>(
    request: DraftRequestOf<T>,
    signal: AbortSignal | undefined,
  ): Promise<DraftResult<T>> {
    const type = request.action.type;
    const { messages } = buildPrompt(request);
    const completion = await client.chat.completions.parse(
      {
        model: settings.model,
        messages: messages.map((message) => ({ role: message.role, content: message.content })),
        response_format: zodResponseFormat(MODEL_OUTPUT_SCHEMAS[type], `${type}_draft`),
      },
      { signal },
    );
    const message = completion.choices[0]?.message;
    if (message?.refusal) {
      return draftFailed(OPENAI_PROVIDER_NAME, "refused", `the model declined to draft: ${message.refusal}`);
    }
    if (message?.parsed === null || message?.parsed === undefined) {
      return draftFailed(OPENAI_PROVIDER_NAME, "invalid_output", "the model returned no draft");
    }
    const converted = contentFromModelOutput(type, message.parsed);
    const content = converted.ok ? contentOfType(type, converted.content) : null;
    if (!content) {
      const issues = converted.ok ? [] : converted.issues;
      return draftFailed(
        OPENAI_PROVIDER_NAME,
        "invalid_output",
        `the model's draft is not valid ${type} content (${issues.join("; ")})`,
      );
    }
    return { ok: true, content, provider: OPENAI_PROVIDER_NAME, model: completion.model || settings.model };
  }

  return {
    name: OPENAI_PROVIDER_NAME,
    model: settings.model,
    async draft<T extends ActionType>(
      request: DraftRequestOf<T>,
      options?: DraftOptions,
    ): Promise<DraftResult<T>> {
      const signal = options?.signal;
      try {
        return await limit.run(() => draftOnce(request, signal), signal);
      } catch (error) {
        const classified =
          classifyOpenAIError(error) ??
          (signal?.aborted ? { code: "timeout" as const, message: "the draft was cancelled" } : null);
        if (!classified) throw error;
        return draftFailed(OPENAI_PROVIDER_NAME, classified.code, classified.message);
      }
    },
  };
}
