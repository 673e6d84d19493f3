import { z } from "zod";
import type { ActionType } from "../action-type.js";
import { documentContentSchema } from "./document-content.js";
import { emailContentSchema } from "./email-content.js";
import { formContentSchema } from "./form-content.js";
import { manualContentSchema } from "./manual-content.js";
import { meetingContentSchema } from "./meeting-content.js";
import { slackContentSchema } from "./slack-content.js";

/** The content of an action, typed by its action type. */
export const actionContentSchema = z.discriminatedUnion("type", [
  emailContentSchema,
  formContentSchema,
  documentContentSchema,
  meetingContentSchema,
  slackContentSchema,
  manualContentSchema,
]);
export type ActionContent = z.infer<typeof actionContentSchema>;

/** The content type for one action type: `ContentOf<"email">` is `EmailContent`. */
export type ContentOf<T extends ActionType> = Extract<ActionContent, { type: T }>;

export const ACTION_CONTENT_SCHEMAS = {
  email: emailContentSchema,
  form: formContentSchema,
  document: documentContentSchema,
  meeting: meetingContentSchema,
  slack: slackContentSchema,
  manual: manualContentSchema,
} as const satisfies { [T in ActionType]: z.ZodType<ContentOf<T>> };

/** The schema of one action type's content. */
export function contentSchemaFor<T extends ActionType>(type: T): (typeof ACTION_CONTENT_SCHEMAS)[T] {
  return ACTION_CONTENT_SCHEMAS[type];
}
