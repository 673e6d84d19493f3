/**
 * The offline drafting provider: deterministic, template-based, no network. It is the default when no OpenAI key is
 * configured, so a fresh install drafts every action type, and its output is reproducible in tests.
 */
import { type ActionContent, type ActionType, actionContentSchema } from "@trellis/domain";
import type { DraftRequest, DraftRequestOf } from "./draft-request.js";
import { contentOfType, type DraftResult, draftFailed } from "./draft-result.js";
import type { DraftingProvider, DraftOptions } from "./drafting-provider.js";
import { restyleDocument, writeDocument } from "./offline/document-draft.js";
import { restyleEmail, writeEmail } from "./offline/email-draft.js";
import { restyleForm, writeForm } from "./offline/form-draft.js";
import { type DraftStyle, styleFrom } from "./offline/instructions.js";
import { restyleManual, writeManual } from "./offline/manual-draft.js";
import { restyleMeeting, writeMeeting } from "./offline/meeting-draft.js";
import { restyleSlack, writeSlack } from "./offline/slack-draft.js";

export const OFFLINE_PROVIDER_NAME = "offline";

function write(request: DraftRequest, style: DraftStyle): ActionContent {
  switch (request.action.type) {
    case "email":
      return writeEmail(request, style);
    case "form":
      return writeForm(request, style);
    case "document":
      return writeDocument(request, style);
    case "meeting":
      return writeMeeting(request, style);
    case "slack":
      return writeSlack(request, style);
    case "manual":
      return writeManual(request, style);
  }
}

function restyle(content: ActionContent, request: DraftRequest, style: DraftStyle): ActionContent {
  switch (content.type) {
    case "email":
      return restyleEmail(content, style);
    case "form":
      return restyleForm(content, style);
    case "document":
      return restyleDocument(content, style);
    case "meeting":
      return restyleMeeting(content, request, style);
    case "slack":
      return restyleSlack(content, style);
    case "manual":
      return restyleManual(content, style);
  }
}

/**
 * The content the offline provider writes for a request: the template's starting content (variables kept for send
 * time) restyled by the instructions, or, without one, content written from the action's name, purpose and context.
 * Pure: the same request always gives the same content.
 */
export function offlineDraftContent(request: DraftRequest): ActionContent {
  const style = styleFrom(request.instructions);
  const start = request.action.content;
  return start && start.type === request.action.type ? restyle(start, request, style) : write(request, style);
}

/**
 * Creates the offline provider.
 *
 * @example
 * const provider = createOfflineProvider();
 * const result = await provider.draft(request);
 * if (result.ok) console.log(result.content);
 */
export function createOfflineProvider(): DraftingProvider {
  return {
    name: OFFLINE_PROVIDER_NAME,
    async draft<T extends ActionType>(
      request: DraftRequestOf<T>,
      options?: DraftOptions,
    ): Promise<DraftResult<T>> {
      if (options?.signal?.aborted)
        return draftFailed(OFFLINE_PROVIDER_NAME, "timeout", "the draft was cancelled");
      const parsed = actionContentSchema.safeParse(offlineDraftContent(request));
      const content = parsed.success ? contentOfType(request.action.type, parsed.data) : null;
      if (!content) {
        const issues = parsed.error?.issues.map((issue) => `${issue.path.join(".")}: ${issue.message}`) ?? [];
        return draftFailed(
          OFFLINE_PROVIDER_NAME,
          "invalid_output",
          `the template's content is not valid ${request.action.type} content (${issues.join("; ")})`,
        );
      }
      return { ok: true, content, provider: OFFLINE_PROVIDER_NAME, model: null };
    },
  };
}
