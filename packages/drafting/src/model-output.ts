/**
 * What the model is asked to return, per action type. OpenAI's strict structured output accepts a subset of JSON
 * Schema: every property required, no formats such as `uri`, no refinements. The domain schemas use all of those,
 * so the model gets these plain, fully-described shapes (nullable instead of optional), and its answer is then
 * checked against the domain schema, which stays the single source of truth.
 */
import {
  type ActionContent,
  type ActionType,
  actionContentSchema,
  DEFAULT_MAX_DOCUMENT_BYTES,
  formFieldKindSchema,
} from "@trellis/domain";
import { z } from "zod";

const text = (description: string) => z.string().describe(description);
const recipients = (description: string) =>
  z.array(z.string()).describe(`${description}: email addresses or {{contact.email}}`);

export const MODEL_OUTPUT_SCHEMAS = {
  email: z
    .object({
      subject: text("subject line; may contain {{variables}}"),
      bodyHtml: text(
        "body as simple HTML using only p, br, strong, em, ul, ol, li, a; may contain {{variables}}",
      ),
      to: recipients("To recipients"),
      cc: recipients("Cc recipients"),
      bcc: recipients("Bcc recipients"),
    })
    .describe("an email to the account's contacts"),
  form: z
    .object({
      title: text("form title shown in the portal"),
      instructions: text("what the contact should do and why"),
      fields: z
        .array(
          z.object({
            key: text("unique snake_case key of the answer, e.g. team_size"),
            label: text("question shown to the contact"),
            kind: z.enum(formFieldKindSchema.options).describe("input kind"),
            required: z.boolean().describe("whether an answer is required"),
            options: z.array(z.string()).describe("choices for select fields; empty for every other kind"),
            helpText: z.string().nullable().describe("hint shown under the field, or null"),
          }),
        )
        .describe("the questions, in order"),
    })
    .describe("a form the contact fills in the portal"),
  document: z
    .object({
      title: text("title of the request shown in the portal"),
      instructions: text("what to upload and why"),
      documents: z
        .array(
          z.object({
            key: text("unique snake_case key, e.g. security_questionnaire"),
            name: text("what document is requested"),
            description: z.string().nullable().describe("details for the contact, or null"),
            acceptedTypes: z
              .array(z.string())
              .describe("accepted file extensions with a dot, e.g. .pdf, .docx"),
            required: z.boolean().describe("whether the action waits for this document"),
          }),
        )
        .describe("the requested documents"),
    })
    .describe("a request for documents the contact uploads in the portal"),
  meeting: z
    .object({
      title: text("meeting title"),
      agenda: text("agenda, one topic per line"),
      durationMinutes: z.number().int().describe("length in minutes, between 15 and 120"),
      schedulingLink: z
        .string()
        .nullable()
        .describe("scheduling page URL from the starting content, or null"),
      proposedSlots: z
        .array(z.string())
        .describe("proposed start times, copied from the candidate slots (UTC ISO 8601)"),
    })
    .describe("a meeting the contact books"),
  slack: z
    .object({
      channel: text("shared Slack channel such as #acme-onboarding"),
      message: text("message text in Slack mrkdwn; may contain {{variables}}"),
    })
    .describe("a message posted to the account's shared Slack channel"),
  manual: z
    .object({ description: text("the task the agent does by hand") })
    .describe("a task for the agent; nothing is sent"),
} as const satisfies { [T in ActionType]: z.ZodType };

/**
 * Turns the model's answer into domain content and validates it. Returns the content, or the validation issues
 * (which become an `invalid_output` failure).
 */
export function contentFromModelOutput(
  type: ActionType,
  output: unknown,
): { ok: true; content: ActionContent } | { ok: false; issues: string[] } {
  const shaped =
    type === "document" && isRecord(output) && Array.isArray(output.documents)
      ? {
          ...output,
          // Upload limits are the platform's decision, not the model's.
          documents: output.documents.map((document: unknown) =>
            isRecord(document) ? { ...document, maxSizeBytes: DEFAULT_MAX_DOCUMENT_BYTES } : document,
          ),
        }
      : output;
  const parsed = actionContentSchema.safeParse(isRecord(shaped) ? { ...shaped, type } : shaped);
  if (parsed.success) return { ok: true, content: parsed.data };
  return {
    ok: false,
    issues: parsed.error.issues.map((issue) => `${issue.path.join(".") || "(root)"}: ${issue.message}`),
  };
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}
