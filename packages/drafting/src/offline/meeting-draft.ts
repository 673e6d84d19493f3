/** Offline meetings: an agenda from the brief and slots proposed from `now` in the agent's time zone. */
import type { MeetingContent } from "@trellis/domain";
import type { DraftRequest } from "../draft-request.js";
import { proposeMeetingSlots } from "../meeting-slots.js";
import type { DraftStyle } from "./instructions.js";
import { addressCustomer, clip, mentions, sentence } from "./prose.js";

function durationFor(brief: string, concise: boolean): number {
  const minutes = mentions(brief, ["training", "workshop", "onboarding session"])
    ? 60
    : mentions(brief, ["kickoff", "kick-off", "review", "planning"])
      ? 45
      : 30;
  return concise ? Math.min(minutes, 30) : minutes;
}

/** Slots for a draft: sooner when the agent asked for urgency. */
export function slotsFor(request: DraftRequest, style: DraftStyle): string[] {
  return proposeMeetingSlots(request.now, request.context.agent.timeZone, {
    minNoticeHours: style.urgent ? 2 : 24,
  });
}

/** A meeting written from the action's name and purpose. */
export function writeMeeting(request: DraftRequest, style: DraftStyle): MeetingContent {
  const { action } = request;
  const agenda: string[] = [];
  if (style.urgent) agenda.push("Time-sensitive: the first topic needs a decision in this meeting");
  if (!style.concise) agenda.push(style.tone === "casual" ? "Quick hellos" : "Introductions");
  const goal = sentence(addressCustomer(action.purpose));
  if (goal !== "") agenda.push(goal.replace(/\.$/, ""));
  if (!style.concise) agenda.push("Where we are in {{milestone.name}}");
  if (style.extra) agenda.push(sentence(style.extra).replace(/\.$/, ""));
  agenda.push("Questions and next steps");
  return {
    type: "meeting",
    title: clip(`${action.name} with {{account.name}}`, 200),
    agenda: clip(agenda.join("\n"), 10_000),
    durationMinutes: durationFor(`${action.name} ${action.purpose}`, style.concise),
    schedulingLink: null,
    proposedSlots: slotsFor(request, style),
  };
}

/**
 * The template's meeting with the instructions applied. A template's fixed slots are stale by the time it is used,
 * so slots in the past are dropped, and fresh ones are proposed when neither slots nor a link remain.
 */
export function restyleMeeting(
  content: MeetingContent,
  request: DraftRequest,
  style: DraftStyle,
): MeetingContent {
  const now = Date.parse(request.now);
  const future = content.proposedSlots.filter((slot) => Date.parse(slot) > now);
  const proposedSlots =
    future.length === 0 && content.schedulingLink === null ? slotsFor(request, style) : future;
  const agenda = [content.agenda.trim()];
  if (style.urgent) agenda.unshift("Time-sensitive: the first topic needs a decision in this meeting");
  if (style.extra) agenda.push(sentence(style.extra).replace(/\.$/, ""));
  return {
    ...content,
    agenda: clip(agenda.filter((line) => line !== "").join("\n"), 10_000),
    proposedSlots,
  };
}
