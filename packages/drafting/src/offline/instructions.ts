/**
 * How the offline provider understands an agent's regenerate instructions: a few recognised intents (tone, urgency,
 * length) and, for anything else, the instructions themselves as an extra paragraph for the agent to shape.
 * Keyword matching keeps it deterministic: the same instructions always change a draft the same way.
 */

export type Tone = "neutral" | "casual" | "formal";

export interface DraftStyle {
  readonly tone: Tone;
  readonly urgent: boolean;
  readonly concise: boolean;
  /** Instructions no intent recognised, to be reflected as added text; null when all were understood. */
  readonly extra: string | null;
}

export const DEFAULT_STYLE: DraftStyle = { tone: "neutral", urgent: false, concise: false, extra: null };

const CASUAL = /\b(?:casual|informal|friendl(?:y|ier)|relaxed|warm(?:er)?|less formal)\b/i;
const FORMAL = /\b(?:formal|professional|polite)\b/i;
const URGENT = /\b(?:urgen(?:t|cy)|asap|time[- ]sensitive|deadline|sooner|quickly|immediately)\b/i;
const CONCISE = /\b(?:short(?:er)?|concise|brief(?:er)?|succinct|tighter|fewer words)\b/i;

/** Reads regenerate instructions into a style. */
export function styleFrom(instructions: string | null): DraftStyle {
  if (instructions === null || instructions.trim() === "") return DEFAULT_STYLE;
  const casual = CASUAL.test(instructions);
  const tone: Tone = casual ? "casual" : FORMAL.test(instructions) ? "formal" : "neutral";
  const urgent = URGENT.test(instructions);
  const concise = CONCISE.test(instructions);
  const recognised = tone !== "neutral" || urgent || concise;
  return { tone, urgent, concise, extra: recognised ? null : instructions.trim() };
}
