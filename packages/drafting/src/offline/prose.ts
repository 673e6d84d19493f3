/**
 * Small deterministic writing helpers for the offline provider. A template's purpose is a brief for the drafter
 * ("Welcome the customer and propose a kickoff call"); these turn it into text addressed to the customer.
 */
import type { Tone } from "./instructions.js";

/** Trims and ends the text with a full stop unless it already ends a sentence. */
export function sentence(text: string): string {
  const trimmed = text.trim().replace(/\s+/g, " ");
  if (trimmed === "") return "";
  const capitalised = trimmed.charAt(0).toUpperCase() + trimmed.slice(1);
  return /[.!?…]$/.test(capitalised) ? capitalised : `${capitalised}.`;
}

/** Rewrites a brief about "the customer" to speak to them: "introduce their CSM" → "introduce your CSM". */
export function addressCustomer(text: string): string {
  return text
    .replace(/\bthe customer's\b/gi, "your")
    .replace(/\bthe customer\b/gi, "you")
    .replace(/\btheir\b/gi, "your")
    .replace(/\bthem\b/gi, "you");
}

// Imperative verbs a purpose usually opens with; "I'm writing to <purpose>" reads naturally after them.
const OPENING_VERBS = new Set(
  (
    "agree announce ask book capture celebrate check collect confirm congratulate discuss explain follow gather " +
    "get help introduce invite kick learn let make notify offer onboard plan prepare present propose provide " +
    "remind request review schedule send set share show thank train understand update walk welcome"
  ).split(" "),
);

/**
 * The purpose as one sentence addressed to the customer, or null when the brief is empty. `lead` opens briefs that
 * start with a verb: "I'm writing to" + "welcome you and propose a kickoff call".
 */
export function purposeSentence(purpose: string, lead = "I'm writing to"): string | null {
  const text = addressCustomer(purpose.trim());
  if (text === "") return null;
  const firstWord = text.split(/\s/, 1)[0]?.toLowerCase() ?? "";
  if (!OPENING_VERBS.has(firstWord)) return sentence(text);
  return sentence(`${lead} ${text.charAt(0).toLowerCase()}${text.slice(1)}`);
}

/** The action's name without a trailing type word: "Kickoff email" → "Kickoff". */
export function topicOf(name: string, typeWords: readonly string[]): string {
  const pattern = new RegExp(`\\s+(?:${typeWords.join("|")})$`, "i");
  const topic = name.trim().replace(pattern, "");
  return topic === "" ? name.trim() : topic;
}

export function greeting(tone: Tone, name: string): string {
  if (tone === "casual") return `Hey ${name}!`;
  if (tone === "formal") return `Dear ${name},`;
  return `Hi ${name},`;
}

export function signOff(tone: Tone): string {
  if (tone === "casual") return "Cheers,";
  if (tone === "formal") return "Kind regards,";
  return "Best regards,";
}

export const URGENT_LINE = "This is time-sensitive, so I'd appreciate a reply as soon as you can.";

/** Whether a text mentions any of the keywords, as whole words. */
export function mentions(text: string, keywords: readonly string[]): boolean {
  return keywords.some((keyword) => new RegExp(`\\b${keyword}`, "i").test(text));
}

/** Cuts text to a schema's maximum length on a word boundary. */
export function clip(text: string, max: number): string {
  if (text.length <= max) return text;
  const cut = text.slice(0, max - 1);
  const space = cut.lastIndexOf(" ");
  return `${space > max / 2 ? cut.slice(0, space) : cut}…`;
}

/** A snake_case key from a label: "Team size" → "team_size". */
export function snakeKey(label: string): string {
  const key = label
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "_")
    .replace(/^_+|_+$/g, "")
    .slice(0, 64);
  return /^[a-z]/.test(key) ? key : `item_${key}`.slice(0, 64);
}
