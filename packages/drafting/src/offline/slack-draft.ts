/** Offline Slack messages: a short note to the account's shared channel. */
import type { SlackContent } from "@trellis/domain";
import type { DraftRequest } from "../draft-request.js";
import type { DraftStyle } from "./instructions.js";
import { clip, purposeSentence, sentence, topicOf } from "./prose.js";

const CHANNEL = /^#[a-z0-9][a-z0-9_-]{0,79}$/;
const URGENT = ":rotating_light: *Time-sensitive:* please take a look today.";

/**
 * The account's shared channel: its `slack_channel` custom field when that holds a valid channel name, otherwise
 * one named after the account, which the agent confirms while reviewing.
 */
export function channelFor(request: DraftRequest): string {
  const configured = request.context.account.customFields.slack_channel;
  if (typeof configured === "string") {
    const channel = configured.startsWith("#") ? configured : `#${configured}`;
    if (CHANNEL.test(channel)) return channel;
  }
  const slug = request.context.account.name
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "")
    .slice(0, 60);
  return slug === "" ? "#customer-success" : `#${slug}`;
}

const GREETING: Readonly<Record<DraftStyle["tone"], string>> = {
  neutral: "Hi {{account.name}} team :wave:",
  casual: "Hey {{account.name}} team! :wave:",
  formal: "Hello {{account.name}} team,",
};

/** A Slack message written from the action's name and purpose. */
export function writeSlack(request: DraftRequest, style: DraftStyle): SlackContent {
  const { action } = request;
  const lines = [GREETING[style.tone]];
  if (style.urgent) lines.push(URGENT);
  lines.push(
    purposeSentence(action.purpose, "Quick note to") ??
      sentence(`Quick note about ${topicOf(action.name, ["message", "post"]).toLowerCase()}`),
  );
  if (!style.concise)
    lines.push("We'll use this channel for {{milestone.name}} questions and updates, so ask away anytime.");
  if (style.extra) lines.push(sentence(style.extra));
  lines.push("— {{agent.name}}");
  return { type: "slack", channel: channelFor(request), message: clip(lines.join("\n"), 40_000) };
}

/** The template's message with the instructions applied. */
export function restyleSlack(content: SlackContent, style: DraftStyle): SlackContent {
  const lines = [content.message.trim()];
  if (style.tone === "casual" && !/^(?:hey|hi)\b/i.test(lines[0] ?? "")) lines.unshift("Hey team! :wave:");
  if (style.urgent) lines.unshift(URGENT);
  if (style.extra) lines.push(sentence(style.extra));
  return { ...content, message: clip(lines.filter((line) => line !== "").join("\n"), 40_000) };
}
