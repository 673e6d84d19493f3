/**
 * @trellis/drafting: turns an action's brief and its customer context into typed draft content (offline or through
 * OpenAI), renders `{{variables}}` at send time and lints drafts before an agent executes them.
 */
export {
  availableVariables,
  buildPrompt,
  embedJson,
  type Prompt,
  type PromptMessage,
} from "./build-prompt.js";
export { type ConcurrencyLimit, createConcurrencyLimit } from "./concurrency-limit.js";
export { mapTextParts, type TextFormat, type TextPart, textParts } from "./content-text-parts.js";
export {
  type ActionBrief,
  actionBriefSchema,
  type DraftContext,
  type DraftRequest,
  type DraftRequestInput,
  type DraftRequestOf,
  draftContextSchema,
  draftRequestSchema,
  type TimelineItem,
  timelineItemSchema,
} from "./draft-request.js";
export {
  DRAFT_ERROR_CODES,
  type DraftError,
  type DraftErrorCode,
  type DraftFailed,
  type DraftResult,
  type DraftSuccess,
  draftFailed,
} from "./draft-result.js";
export type { DraftingProvider, DraftOptions } from "./drafting-provider.js";
export { escapeHtml, escapeSlack, htmlToText } from "./escaping.js";
export { findPlaceholders, type PlaceholderMatch } from "./find-placeholders.js";
export { type LintOptions, lintDraft } from "./lint-draft.js";
export { proposeMeetingSlots, type SlotOptions } from "./meeting-slots.js";
export { contentFromModelOutput, MODEL_OUTPUT_SCHEMAS } from "./model-output.js";
export { createOfflineProvider, OFFLINE_PROVIDER_NAME, offlineDraftContent } from "./offline-provider.js";
export {
  DEFAULT_OPENAI_BASE_URL,
  DEFAULT_OPENAI_MODEL,
  type OpenAIProviderConfig,
  type OpenAIProviderConfigInput,
  openAIProviderConfigSchema,
} from "./openai-config.js";
export { createOpenAIProvider, OPENAI_PROVIDER_NAME, type OpenAIProvider } from "./openai-provider.js";
export { draftingEnvSchema, providerFromEnv } from "./provider-from-env.js";
export {
  listVariables,
  type RenderResult,
  renderVariables,
  type VariableValues,
} from "./render-variables.js";
export { sanitizeEmailHtml } from "./sanitize-email-html.js";
export { type VariableSources, variableContextFrom } from "./variable-context.js";
export { previewVariables, type VariablePreview } from "./variable-preview.js";
export {
  BUILT_IN_VARIABLES,
  type BuiltInVariable,
  findVariables,
  type VariableOccurrence,
} from "./variables.js";
