/** The accepted file types of a requested document, edited as comma-separated extensions (".pdf, .docx"). */

export interface ParsedAcceptedTypes {
  /** Lower-case extensions with their dot, deduplicated, in the order written. */
  readonly types: string[];
  /** Entries that are not an extension, as written. */
  readonly invalid: string[];
}

/** Reads ".pdf, DOCX; png" as [".pdf", ".docx", ".png"]; a missing leading dot is added. */
export function parseAcceptedTypes(text: string): ParsedAcceptedTypes {
  const types: string[] = [];
  const invalid: string[] = [];
  for (const entry of text.split(/[,;]/).map((entry) => entry.trim())) {
    if (entry === "") continue;
    const type = (entry.startsWith(".") ? entry : `.${entry}`).toLowerCase();
    if (!/^\.[a-z0-9]+$/.test(type)) invalid.push(entry);
    else if (!types.includes(type)) types.push(type);
  }
  return { types, invalid };
}

/** Accepted types as the text of their field. */
export function formatAcceptedTypes(types: readonly string[]): string {
  return types.join(", ");
}
