/**
 * Finds placeholder text a draft must not be sent with: `[Customer Name]`, `TODO`, `TBD`, `lorem ipsum`, `XXX`,
 * `<insert …>`. Tuned against false positives an agent would find maddening: markdown links `[docs](url)`, task
 * checkboxes `[x]`, footnotes `[1]`, ticket ids `[JIRA-123]` and conventional subject tags such as `[Action Required]`.
 */

export interface PlaceholderMatch {
  readonly match: string;
  readonly index: number;
}

const WORD = "[A-Za-z][A-Za-z']*";
const SEPARATOR = "(?:[ _]|\\s*[-/&]\\s*)";

/** Patterns, most specific first, so `[Insert name]` is reported once as a whole. */
const PATTERNS: readonly RegExp[] = [
  /<\s*insert\b[^<>\n]*>/gi,
  /\[\s*insert\b[^\]\n]*\]/gi,
  // A capitalised phrase in brackets, unless it is a markdown link text, a reference label or a definition.
  new RegExp(`(?<!\\])\\[[A-Z][A-Za-z']*(?:${SEPARATOR}${WORD}){0,6}\\](?![(\\[:])`, "g"),
  // The same in angle brackets, as typed into plain-text parts: `<Company Name>`.
  new RegExp(`<[A-Z][A-Za-z']*(?:[ _]${WORD}){0,6}>`, "g"),
  /\b(?:TODO|FIXME|TBD|TBC)\b/g,
  /\blorem ipsum\b/gi,
  /\bX{3,}\b/gi,
];

/** Bracketed phrases that are conventional labels, not placeholders (compared case-insensitively). */
const CONVENTIONAL_TAGS = new Set([
  "action required",
  "action needed",
  "response needed",
  "reply needed",
  "reminder",
  "final reminder",
  "urgent",
  "important",
  "fyi",
  "update",
  "info",
  "external",
  "internal",
  "new",
  "resolved",
]);

function isPlaceholder(match: string): boolean {
  if (!match.startsWith("[") && !match.startsWith("<")) return true;
  const inner = match.slice(1, -1).trim();
  if (/^insert\b/i.test(inner)) return true;
  // `[X]` is a ticked checkbox and `[A]` a list label; a placeholder names something.
  return inner.length > 1 && !CONVENTIONAL_TAGS.has(inner.toLowerCase());
}

/** Placeholder matches in a text, in order, without overlaps. */
export function findPlaceholders(text: string): PlaceholderMatch[] {
  const candidates: PlaceholderMatch[] = [];
  for (const pattern of PATTERNS) {
    for (const found of text.matchAll(pattern)) {
      if (isPlaceholder(found[0])) candidates.push({ match: found[0], index: found.index });
    }
  }
  candidates.sort((a, b) => a.index - b.index || b.match.length - a.match.length);
  const kept: PlaceholderMatch[] = [];
  let end = -1;
  for (const candidate of candidates) {
    if (candidate.index < end) continue;
    kept.push(candidate);
    end = candidate.index + candidate.match.length;
  }
  return kept;
}
