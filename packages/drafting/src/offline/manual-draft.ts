/**
 * Offline manual tasks. A manual task is read by the agent and never sent, so it names the account and milestone
 * directly instead of through variables.
 */
import type { ManualContent } from "@trellis/domain";
import type { DraftRequest } from "../draft-request.js";
import type { DraftStyle } from "./instructions.js";
import { clip, sentence } from "./prose.js";

/** A task description written from the action's name and purpose. */
export function writeManual(request: DraftRequest, style: DraftStyle): ManualContent {
  const { action, context } = request;
  const lines = [sentence(action.purpose) || sentence(action.name)];
  if (!style.concise) lines.push(`Account: ${context.account.name}. Milestone: ${context.milestone.name}.`);
  if (style.urgent) lines.push("Priority: time-sensitive, do this today.");
  if (style.extra) lines.push(`Note: ${sentence(style.extra)}`);
  return { type: "manual", description: clip(lines.join("\n"), 10_000) };
}

/** The template's task with the instructions appended. */
export function restyleManual(content: ManualContent, style: DraftStyle): ManualContent {
  const lines = [content.description.trim()];
  if (style.urgent) lines.push("Priority: time-sensitive, do this today.");
  if (style.extra) lines.push(`Note: ${sentence(style.extra)}`);
  return { ...content, description: clip(lines.filter((line) => line !== "").join("\n"), 10_000) };
}
