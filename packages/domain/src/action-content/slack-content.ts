import { z } from "zod";

export const slackContentSchema = z
  .object({
    type: z.literal("slack"),
    channel: z
      .string()
      .regex(/^#[a-z0-9][a-z0-9_-]{0,79}$/, "channel is like #acme-onboarding")
      .describe("shared Slack channel, e.g. #acme-onboarding"),
    message: z.string().max(40_000).describe("message text (Slack mrkdwn); may contain {{variables}}"),
  })
  .describe("a message posted to the account's shared Slack channel");
export type SlackContent = z.infer<typeof slackContentSchema>;
